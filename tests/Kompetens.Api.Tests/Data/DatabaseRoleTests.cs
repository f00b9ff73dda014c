using Kompetens.Api.Hosting;
using Kompetens.Api.Data;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kompetens.Api.Tests.Data;

/// <summary>
/// The service connects as a role that owns nothing (<see cref="DatabaseRoles.Service"/>): against the database, as
/// that role, the audit log can be read and appended to, and nothing else — not changed, not emptied, not switched off.
/// </summary>
public sealed class DatabaseRoleTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string InsufficientPrivilege = "42501";

    /// <summary>The database as the running service connects to it.</summary>
    private async Task<NpgsqlConnection> AsServiceAsync()
    {
        var connection = new NpgsqlConnection(api.Services.GetRequiredService<DatabaseEndpoint>().ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private async Task AuditSomethingAsync()
    {
        var sara = api.GraphQL(TestTokens.DemoEmployee);
        var competence = (await sara.QueryAsync("{ competences(where: { status: { eq: ACTIVE } }, first: 1) { nodes { id } } }"))["competences"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var payload = await sara.MutateAsync("assessCompetence", "AssessCompetenceInput", "competenceAssessment { id }", new { competenceId = competence, level = 2 });
        Assert.Null(payload["errors"]);
    }

    [Fact]
    public async Task The_service_connects_as_the_service_role_which_owns_nothing()
    {
        await using var connection = await AsServiceAsync();

        Assert.Equal(DatabaseRoles.Service, await ScalarAsync(connection, "SELECT current_user"));
        Assert.Equal(false, await ScalarAsync(connection, "SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls FROM pg_roles WHERE rolname = current_user"));
        Assert.Equal(false, await ScalarAsync(connection, $"SELECT pg_has_role(current_user, '{DatabaseRoles.Owner}', 'MEMBER')"));
        Assert.Equal(0L, await ScalarAsync(connection, """
            SELECT (SELECT count(*) FROM pg_class WHERE relowner = current_user::regrole)
                 + (SELECT count(*) FROM pg_proc WHERE proowner = current_user::regrole)
                 + (SELECT count(*) FROM pg_namespace WHERE nspowner = current_user::regrole)
                 + (SELECT count(*) FROM pg_type WHERE typowner = current_user::regrole)
                 + (SELECT count(*) FROM pg_database WHERE datdba = current_user::regrole)
            """));
        Assert.Equal(DatabaseRoles.Owner, await ScalarAsync(connection, "SELECT tableowner FROM pg_tables WHERE tablename = 'audit_entries'"));
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET actor = 'someone else'")]
    [InlineData("DELETE FROM audit_entries")]
    [InlineData("TRUNCATE audit_entries")]
    public async Task The_service_role_cannot_change_or_remove_audit_entries(string sql)
    {
        await AuditSomethingAsync();
        await using var connection = await AsServiceAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(connection, sql));

        Assert.Equal(InsufficientPrivilege, error.SqlState);
        Assert.NotEqual(0L, await ScalarAsync(connection, "SELECT count(*) FROM audit_entries"));
    }

    [Theory]
    [InlineData("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_update_or_delete")]
    [InlineData("ALTER TABLE audit_entries DISABLE TRIGGER ALL")]
    [InlineData("DROP TRIGGER audit_entries_no_truncate ON audit_entries")]
    [InlineData("CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$")]
    [InlineData("DROP TABLE audit_entries")]
    [InlineData("ALTER TABLE audit_entries RENAME TO audit_entries_old")]
    [InlineData("ALTER TABLE audit_entries OWNER TO kompetens_app")]
    [InlineData("CREATE TABLE public.audit_entries_copy (id uuid)")]
    [InlineData("SET session_replication_role = replica")]
    public async Task The_service_role_cannot_switch_the_log_protection_off(string sql)
    {
        await using var connection = await AsServiceAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(connection, sql));

        Assert.Equal(InsufficientPrivilege, error.SqlState);
    }

    /// <summary>
    /// The service writes the log, so its role may insert rows: whoever holds its credentials can add an entry that
    /// no mutation made. Such an entry can only be added, never used to hide or rewrite another, and is itself permanent.
    /// </summary>
    [Fact]
    public async Task The_service_role_can_append_an_entry_but_it_is_then_as_permanent_as_any_other()
    {
        await using var connection = await AsServiceAsync();
        var id = Guid.CreateVersion7();

        await ScalarAsync(connection, $"""
            INSERT INTO audit_entries (id, occurred_at, actor, operation, entity_type, entity_id, action)
            VALUES ('{id}', now(), 'app:forged', 'none', 'DevelopmentPlan', '{Guid.NewGuid()}', 'Updated')
            """);
        var error = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(connection, $"DELETE FROM audit_entries WHERE id = '{id}'"));

        Assert.Equal(InsufficientPrivilege, error.SqlState);
        Assert.Equal(1L, await ScalarAsync(connection, $"SELECT count(*) FROM audit_entries WHERE id = '{id}'"));
    }

    [Theory]
    [InlineData("INSERT INTO __ef_migrations_history VALUES ('29990101000000_Fake', '10.0.0')")]
    [InlineData("DELETE FROM __ef_migrations_history")]
    public async Task The_service_role_reads_the_migration_history_but_cannot_change_it(string sql)
    {
        await using var connection = await AsServiceAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(connection, sql));

        Assert.Equal(InsufficientPrivilege, error.SqlState);
        Assert.NotEqual(0L, await ScalarAsync(connection, "SELECT count(*) FROM __ef_migrations_history"));
    }

    [Fact]
    public async Task Every_migrate_applies_the_service_grants_again()
    {
        await using (var owner = new NpgsqlConnection(api.OwnerConnectionString))
        {
            await owner.OpenAsync();
            await ScalarAsync(owner, $"REVOKE ALL ON sync_runs FROM {DatabaseRoles.Service}");
        }

        await using (var before = await AsServiceAsync())
        {
            Assert.Equal(InsufficientPrivilege, (await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(before, "SELECT count(*) FROM sync_runs"))).SqlState);
        }

        await api.Services.GetRequiredService<DatabaseStartup>().MigrateAsync(CancellationToken.None);

        await using var after = await AsServiceAsync();
        Assert.IsType<long>(await ScalarAsync(after, "SELECT count(*) FROM sync_runs"));
    }

    [Fact]
    public async Task Tables_the_owner_creates_later_are_open_to_the_service_by_default_privileges()
    {
        await using (var owner = new NpgsqlConnection(api.OwnerConnectionString))
        {
            await owner.OpenAsync();
            await ScalarAsync(owner, "CREATE TABLE created_later (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text)");
        }

        await using var service = await AsServiceAsync();
        await ScalarAsync(service, "INSERT INTO created_later (note) VALUES ('hello')");

        Assert.Equal("hello", await ScalarAsync(service, "SELECT note FROM created_later"));
    }

    [Fact]
    public async Task Migrate_refuses_to_grant_to_a_role_that_could_change_the_log_or_does_not_exist()
    {
        var member = "member_of_owner_" + Guid.NewGuid().ToString("N")[..8];
        await using (var superuser = new NpgsqlConnection(api.ConnectionString))
        {
            await superuser.OpenAsync();
            await ScalarAsync(superuser, $"CREATE ROLE {member} LOGIN IN ROLE {DatabaseRoles.Owner}");
        }

        try
        {
            var asMember = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                DatabaseRoles.MigrateAsync(api.OwnerConnectionString, member, KompetensFeatures.Model, NullLogger.Instance, CancellationToken.None));
            var missing = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                DatabaseRoles.MigrateAsync(api.OwnerConnectionString, "no_such_role", KompetensFeatures.Model, NullLogger.Instance, CancellationToken.None));

            Assert.Contains(member, asMember.Message);
            Assert.Contains("\"no_such_role\" does not exist", missing.Message);
        }
        finally
        {
            await using var superuser = new NpgsqlConnection(api.ConnectionString);
            await superuser.OpenAsync();
            await ScalarAsync(superuser, $"DROP ROLE {member}");
        }
    }
}
