using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kompetens.Api.Data;

/// <summary>
/// The service's two database roles. The <b>owner</b> (<see cref="Owner"/>) owns the schema and runs the migrations;
/// the <b>service</b> (<see cref="Service"/>) is what the running API connects as, owns nothing, and may only read and
/// write rows: on <c>audit_entries</c> it may only insert and read, and since it is not the owner it cannot alter the
/// table, drop or disable its append-only triggers. After every migration the owner (re)applies the service's grants,
/// including default privileges for tables created later, so the rights follow the schema. See docs/deployment.md.
/// </summary>
public static class DatabaseRoles
{
    /// <summary>The owner role's name in the local Development cluster, the test clusters and the documented set-up.</summary>
    public const string Owner = "kompetens_owner";

    /// <summary>The service role's name in the local Development cluster, the test clusters and the documented set-up.</summary>
    public const string Service = "kompetens_app";

    /// <summary>Tables the service may read but never change, and what it may do with them.</summary>
    private static readonly (string Table, string Privileges)[] Restricted =
    [
        ("audit_entries", "SELECT, INSERT"),
        ("__ef_migrations_history", "SELECT"),
    ];

    /// <summary>
    /// Applies pending migrations over <paramref name="ownerConnectionString"/>, then grants <paramref name="serviceRole"/>
    /// what the running service needs (in one transaction). Without a service role, or when it is the role that
    /// migrates, only the migrations run, and a warning says the audit log is not protected from the service.
    /// </summary>
    public static async Task MigrateAsync(string ownerConnectionString, string? serviceRole, KompetensModel model, ILogger logger, CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<KompetensDbContext>();
        KompetensDbContext.Configure(options, ownerConnectionString, model);
        await using (var db = new KompetensDbContext(options.Options))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(cancellationToken);
        string owner;
        await using (var whoAmI = new NpgsqlCommand("SELECT current_user", connection))
        {
            owner = (string)(await whoAmI.ExecuteScalarAsync(cancellationToken))!;
        }

        if (string.IsNullOrEmpty(serviceRole))
        {
            logger.LogWarning("Migrations ran as {Role}; no service role is known, so none was granted its rights. Set Database__ServiceRole (docs/deployment.md)", owner);
            return;
        }

        if (serviceRole == owner)
        {
            logger.LogWarning(
                "Migrations ran as {Role}, the role the service connects as: it owns the schema and can change the audit log. " +
                "Give the migrations the owner role (ConnectionStrings__KompetensMigrations) and the service a role that owns nothing (docs/deployment.md)",
                owner);
            return;
        }

        await GrantAsync(connection, serviceRole, cancellationToken);
        logger.LogInformation("Granted the service role {Service} its rights on the schema owned by {Owner}", serviceRole, owner);
    }

    /// <summary>The statements that give <paramref name="serviceRole"/> exactly the service's rights on the current schema.</summary>
    public static string GrantSql(string serviceRole)
    {
        var role = Quote(serviceRole);
        var restricted = string.Join("\n", Restricted.Select(r => $"""
            REVOKE ALL ON TABLE {Quote(r.Table)} FROM {role};
            GRANT {r.Privileges} ON TABLE {Quote(r.Table)} TO {role};
            """));
        return $"""
            GRANT USAGE ON SCHEMA public TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
            {restricted}
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role};
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {role};
            """;
    }

    private static async Task GrantAsync(NpgsqlConnection connection, string serviceRole, CancellationToken cancellationToken)
    {
        await using (var check = new NpgsqlCommand("""
            SELECT r.rolsuper OR pg_has_role(r.oid, current_user, 'MEMBER') FROM pg_roles r WHERE r.rolname = $1
            """, connection) { Parameters = { new() { Value = serviceRole } } })
        {
            switch (await check.ExecuteScalarAsync(cancellationToken))
            {
                case null:
                    throw new InvalidOperationException(
                        $"The service role \"{serviceRole}\" does not exist. Create it as docs/deployment.md shows, or set Database__ServiceRole to the role the service connects as.");
                case true:
                    throw new InvalidOperationException(
                        $"The service role \"{serviceRole}\" is a superuser or a member of the owner role, so it could change the audit log. Give the service a role that owns nothing (docs/deployment.md).");
            }
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var grant = new NpgsqlCommand(GrantSql(serviceRole), connection, transaction);
        await grant.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
