using Microsoft.Extensions.Options;

namespace Kompetens.Api.Data;

/// <summary>
/// Where the database is: the configured connection strings, or (Development only) a local cluster under <c>.data/</c>.
/// The service connects with <see cref="ConnectionString"/> (the service role, which owns nothing); migrations run
/// over <see cref="MigrationsConnectionString"/> (the owner role). See <see cref="DatabaseRoles"/>.
/// </summary>
public sealed class DatabaseEndpoint(IConfiguration configuration, IHostEnvironment environment, IOptions<DatabaseOptions> options, ILogger<DatabaseEndpoint> logger)
{
    private string? connectionString = Configured(configuration, DatabaseOptions.ConnectionStringName);
    private string? migrationsConnectionString = Configured(configuration, DatabaseOptions.MigrationsConnectionStringName);
    private LocalPostgres? cluster;

    /// <summary>What the service connects as: the service role, with the service's connection settings (<see cref="Tuned"/>).</summary>
    public string ConnectionString => Tuned(connectionString
        ?? throw new InvalidOperationException("The database endpoint has not been started."));

    /// <summary>What migrations run as: the owner role; without its own setting, the service's connection string.</summary>
    public string MigrationsConnectionString => migrationsConnectionString ?? ConnectionString;

    /// <summary>The role the migrations grant the service's rights to: <c>Database:ServiceRole</c>, or the user of <see cref="ConnectionString"/>.</summary>
    public string? ServiceRole => options.Value.ServiceRole is { Length: > 0 } role ? role : new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString).Username;

    /// <summary>
    /// The settings the service's requests are measured with (bench/README.md), where the connection string does not
    /// set them itself: statements that repeat are prepared once per connection (Npgsql's auto-prepare; planning the
    /// row-access joins cost more than running them); PostgreSQL's JIT is off (the unit-subtree estimates made it
    /// compile small reports for longer than they run); and a connection going back to the pool is not reset, because
    /// the service keeps no session state (no <c>SET</c>, temporary tables or <c>LISTEN</c>), so the reset was a round
    /// trip per resolver for nothing.
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!Sets(connectionString, "Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!Sets(connectionString, "No Reset On Close"))
        {
            builder.NoResetOnClose = true;
        }

        if (builder.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = string.Join(' ', new[] { builder.Options, "-c jit=off" }.Where(o => !string.IsNullOrWhiteSpace(o)));
        }

        return builder.ConnectionString;
    }

    private static bool Sets(string connectionString, string keyword) =>
        connectionString.Replace(" ", "", StringComparison.Ordinal).Contains(keyword.Replace(" ", "", StringComparison.Ordinal) + "=", StringComparison.OrdinalIgnoreCase);

    private static string? Configured(IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name) is { } configured && !string.IsNullOrWhiteSpace(configured) ? configured : null;

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
        // A person running `dotnet run` sees where the start is, and what to delete for a fresh city.
        logger.LogInformation("Starting the local PostgreSQL cluster in {DataDirectory} (no ConnectionStrings__Kompetens set)", dataDirectory);
        cluster = await LocalPostgres.StartAsync(dataDirectory, durable: true, cancellationToken: cancellationToken);
        await cluster.EnsureRolesAsync(cancellationToken, DatabaseRoles.Owner, DatabaseRoles.Service);
        await cluster.EnsureDatabaseAsync(options.Value.LocalDatabaseName, cancellationToken, owner: DatabaseRoles.Owner);
        connectionString = cluster.ConnectionString(options.Value.LocalDatabaseName, DatabaseRoles.Service);
        migrationsConnectionString = cluster.ConnectionString(options.Value.LocalDatabaseName, DatabaseRoles.Owner);
    }

    /// <summary>Stops the local cluster this endpoint started, if any; its data stays for the next run.</summary>
    public Task StopAsync() => cluster?.StopAsync() ?? Task.CompletedTask;
}

/// <summary>
/// Database settings (section <c>Database</c>); the connection strings themselves are <c>ConnectionStrings:Kompetens</c>
/// (the service role) and <c>ConnectionStrings:KompetensMigrations</c> (the owner role, for <c>migrate</c>).
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Kompetens";
    public const string MigrationsConnectionStringName = "KompetensMigrations";

    /// <summary>The role <c>migrate</c> grants the service's rights to; default: the user of <c>ConnectionStrings:Kompetens</c>.</summary>
    public string? ServiceRole { get; set; }

    /// <summary>Where the Development cluster keeps its files; default <c>.data/postgres</c> at the repository root.</summary>
    public string? LocalDataDirectory { get; set; }

    public string LocalDatabaseName { get; set; } = "kompetens";

    /// <summary>Seed the demo city into an empty database when running in Development.</summary>
    public bool SeedDemoData { get; set; } = true;
}
