using Kompetens.Api.Data;
using Kompetens.Api.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kompetens.Api.Hosting;

/// <summary>
/// Resolves the database at start-up. In Development it also applies migrations and seeds the demo city into an
/// empty database; elsewhere migrations run only through the explicit <c>migrate</c> command.
/// </summary>
public sealed class DatabaseStartup(
    DatabaseEndpoint endpoint,
    IServiceProvider services,
    IHostEnvironment environment,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await endpoint.StartAsync(cancellationToken);
        if (!environment.IsDevelopment())
        {
            return;
        }

        await MigrateAsync(cancellationToken);
        if (options.Value.SeedDemoData)
        {
            logger.LogInformation("Seeding the demo city if the database is empty");
            await using var db = await Contexts.OpenAsync(RowAccess.Unfiltered, cancellationToken);
            if (await DemoCity.SeedIfEmptyAsync(db, cancellationToken))
            {
                logger.LogInformation("Seeded the demo city");
            }
        }
    }

    /// <summary>
    /// Applies pending migrations as the owner role, then grants the service role its rights (every time, so that they
    /// follow the schema); the <c>migrate</c> command calls this in production. See <see cref="DatabaseRoles"/>.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await endpoint.StartAsync(cancellationToken);
        logger.LogInformation("Applying database migrations");
        await DatabaseRoles.MigrateAsync(endpoint.MigrationsConnectionString, endpoint.ServiceRole, KompetensFeatures.Model, logger, cancellationToken);
        logger.LogInformation("The database schema is up to date");
    }

    // Resolved only once the endpoint has started: the pooled factory reads the connection string when it is built.
    private KompetensContexts Contexts => services.GetRequiredService<KompetensContexts>();

    public Task StopAsync(CancellationToken cancellationToken) => endpoint.StopAsync();
}

public static class DatabaseStartupExtensions
{
    /// <summary>Resolves the database at start-up; in Development also migrates and seeds the demo city.</summary>
    public static IServiceCollection AddDatabaseStartup(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseStartup>());
        return services;
    }
}
