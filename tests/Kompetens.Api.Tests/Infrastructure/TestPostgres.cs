using Kompetens.Api.Data;
using Kompetens.Api.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kompetens.Api.Tests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL cluster per test run (random port, fsync off), started from the machine's PostgreSQL
/// binaries, with the service's two roles (<see cref="DatabaseRoles"/>: the owner that migrates, the service role
/// the API connects as) and two template databases: <c>template_empty</c> (migrated) and <c>template_demo</c>
/// (migrated and seeded with the demo city), both migrated as the owner with the service's grants, as the
/// <c>migrate</c> command does. Each test class copies one into its own fresh database, which takes milliseconds.
/// <c>KOMPETENS_TEST_SERVER</c> (a connection string of a server where databases and roles may be created) overrides this.
/// </summary>
public static class TestPostgres
{
    public const string EmptyTemplate = "template_empty";
    public const string DemoTemplate = "template_demo";

    /// <summary>The test roles' password (the throwaway cluster trusts local connections and ignores it).</summary>
    private const string RolePassword = "kompetens-test";

    private static readonly Lazy<Task<Server>> Started = new(StartAsync);

    /// <summary>A new database copied from <paramref name="template"/> and owned by the owner role; the connection string is the superuser's.</summary>
    public static async Task<string> CreateDatabaseAsync(string template)
    {
        var server = await Started.Value;
        var name = "test_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\" OWNER \"{DatabaseRoles.Owner}\"", connection);
        await create.ExecuteNonQueryAsync();
        return server.ConnectionString(name);
    }

    /// <summary><paramref name="connectionString"/>'s database, as <paramref name="role"/> (<see cref="DatabaseRoles.Owner"/> or <see cref="DatabaseRoles.Service"/>).</summary>
    public static string As(string connectionString, string role) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Username = role, Password = RolePassword }.ConnectionString;

    private static async Task<Server> StartAsync()
    {
        Server server;
        var configured = Environment.GetEnvironmentVariable("KOMPETENS_TEST_SERVER");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            server = new Server(database => new NpgsqlConnectionStringBuilder(configured) { Database = database }.ConnectionString);
        }
        else
        {
            var cluster = await LocalPostgres.StartThrowawayAsync("kompetens-tests");
            server = new Server(database => cluster.ConnectionString(database));
        }

        await using (var connection = new NpgsqlConnection(server.ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var roles = new NpgsqlCommand(LocalPostgres.CreateRolesSql([DatabaseRoles.Owner, DatabaseRoles.Service], RolePassword), connection);
            await roles.ExecuteNonQueryAsync();
        }

        await CreateTemplateAsync(server, EmptyTemplate, seed: false);
        await CreateTemplateAsync(server, DemoTemplate, seed: true);
        return server;
    }

    private static async Task CreateTemplateAsync(Server server, string name, bool seed)
    {
        await using (var connection = new NpgsqlConnection(server.ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" OWNER \"{DatabaseRoles.Owner}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var database = server.ConnectionString(name);
        await DatabaseRoles.MigrateAsync(As(database, DatabaseRoles.Owner), DatabaseRoles.Service, KompetensFeatures.Model, NullLogger.Instance, CancellationToken.None);
        if (seed)
        {
            // The seed runs as the service role, as the Development start-up does.
            var options = new DbContextOptionsBuilder<KompetensDbContext>();
            KompetensDbContext.Configure(options, As(database, DatabaseRoles.Service), KompetensFeatures.Model);
            await using var db = new KompetensDbContext(options.AddInterceptors(new TimestampInterceptor(TimeProvider.System)).Options);
            await DemoCity.SeedIfEmptyAsync(db, CancellationToken.None);
        }

        // A template must have no open connections when it is copied.
        NpgsqlConnection.ClearAllPools();
    }

    private sealed class Server(Func<string, string> connectionString)
    {
        public string ConnectionString(string database) => connectionString(database);
    }
}
