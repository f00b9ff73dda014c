using Kompetens.Api.Data;
using Kompetens.Api.DemoData;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kompetens.Api.Tests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL cluster per test run (random port, fsync off), started from the machine's PostgreSQL
/// binaries, with two template databases: <c>template_empty</c> (migrated) and <c>template_demo</c> (migrated and
/// seeded with the demo city). Each test class copies one into its own fresh database, which takes milliseconds.
/// <c>KOMPETENS_TEST_SERVER</c> (a connection string of a server where databases may be created) overrides this.
/// </summary>
public static class TestPostgres
{
    public const string EmptyTemplate = "template_empty";
    public const string DemoTemplate = "template_demo";

    private static readonly Lazy<Task<Server>> Started = new(StartAsync);

    public static async Task<string> CreateDatabaseAsync(string template)
    {
        var server = await Started.Value;
        var name = "test_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", connection);
        await create.ExecuteNonQueryAsync();
        return server.ConnectionString(name);
    }

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
            server = new Server(cluster.ConnectionString);
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
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var options = new DbContextOptionsBuilder<KompetensDbContext>();
        KompetensDbContext.Configure(options, server.ConnectionString(name), KompetensFeatures.Model);
        await using (var db = new KompetensDbContext(options.AddInterceptors(new TimestampInterceptor(TimeProvider.System)).Options))
        {
            await db.Database.MigrateAsync();
            if (seed)
            {
                await DemoCity.SeedIfEmptyAsync(db, CancellationToken.None);
            }
        }

        // A template must have no open connections when it is copied.
        NpgsqlConnection.ClearAllPools();
    }

    private sealed class Server(Func<string, string> connectionString)
    {
        public string ConnectionString(string database) => connectionString(database);
    }
}
