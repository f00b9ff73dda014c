using Microsoft.Extensions.Options;

namespace Kompetens.Api.Data;

/// <summary>Where the database is: the configured connection string, or (Development only) a local cluster under <c>.data/</c>.</summary>
public sealed class DatabaseEndpoint(IConfiguration configuration, IHostEnvironment environment, IOptions<DatabaseOptions> options)
{
    private string? connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) is { } configured
        && !string.IsNullOrWhiteSpace(configured) ? configured : null;
    private LocalPostgres? cluster;

    public string ConnectionString => connectionString
        ?? throw new InvalidOperationException("The database endpoint has not been started.");

    /// <summary>Resolves the connection string, starting the local cluster when there is none (Development only).</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (connectionString is not null)
        {
            return;
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"No connection string. Set ConnectionStrings__{DatabaseOptions.ConnectionStringName}; a local cluster is only started in Development.");
        }

        var dataDirectory = options.Value.LocalDataDirectory ?? Path.Combine(RepositoryRoot.Find(environment.ContentRootPath), ".data", "postgres");
        cluster = await LocalPostgres.StartAsync(dataDirectory, durable: true, cancellationToken: cancellationToken);
        await cluster.EnsureDatabaseAsync(options.Value.LocalDatabaseName, cancellationToken);
        connectionString = cluster.ConnectionString(options.Value.LocalDatabaseName);
    }

    /// <summary>Stops the local cluster this endpoint started, if any; its data stays for the next run.</summary>
    public Task StopAsync() => cluster?.StopAsync() ?? Task.CompletedTask;
}

/// <summary>Database settings (section <c>Database</c>); the connection string itself is <c>ConnectionStrings:Kompetens</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Kompetens";

    /// <summary>Where the Development cluster keeps its files; default <c>.data/postgres</c> at the repository root.</summary>
    public string? LocalDataDirectory { get; set; }

    public string LocalDatabaseName { get; set; } = "kompetens";

    /// <summary>Seed the demo city into an empty database when running in Development.</summary>
    public bool SeedDemoData { get; set; } = true;
}
