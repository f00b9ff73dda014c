using Kompetens.Api.Data;
using Kompetens.Api.Data.Seed;
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
            DeleteStoppedClusters();
            var directory = Path.Combine(Path.GetTempPath(), "kompetens-tests-" + Guid.NewGuid().ToString("N")[..8]);
            var cluster = await LocalPostgres.StartAsync(directory, durable: false);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAndDelete(cluster);
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
        KompetensDbContext.Configure(options, server.ConnectionString(name));
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

    /// <summary>Removes clusters of earlier runs whose server is gone (the test host may be killed before it cleans up).</summary>
    private static void DeleteStoppedClusters()
    {
        foreach (var directory in Directory.EnumerateDirectories(Path.GetTempPath(), "kompetens-tests-*"))
        {
            if (!File.Exists(Path.Combine(directory, "postmaster.pid")))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    // The process is exiting: there is no caller left to await, so block until the server is gone.
    private static void StopAndDelete(LocalPostgres cluster)
    {
        try
        {
            cluster.StopAsync(fast: false).GetAwaiter().GetResult();
            Directory.Delete(cluster.DataDirectory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not clean up the test cluster in {cluster.DataDirectory}: {ex.Message}");
        }
    }

    private sealed class Server(Func<string, string> connectionString)
    {
        public string ConnectionString(string database) => connectionString(database);
    }
}
