using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kompetens.Api.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database: a pooled <see cref="IDbContextFactory{TContext}"/> (every resolver and mutation
    /// creates its own short-lived context; see Http/GraphQLServiceCollectionExtensions for why), the endpoint
    /// that finds or starts PostgreSQL, and the Development start-up that migrates and seeds.
    /// </summary>
    public static IServiceCollection AddKompetensDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section)).ValidateOnStart();
        services.AddSingleton<DatabaseEndpoint>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IInterceptor, TimestampInterceptor>();
        services.AddSingleton<IInterceptor, Audit.AuditInterceptor>();
        services.AddPooledDbContextFactory<KompetensDbContext>((sp, options) => KompetensDbContext
            .Configure(options, sp.GetRequiredService<DatabaseEndpoint>().ConnectionString)
            .AddInterceptors(sp.GetServices<IInterceptor>())
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        services.AddSingleton<KompetensContexts>();
        services.AddSingleton<DatabaseStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseStartup>());
        // One instance, so that it remembers once the schema is current.
        services.AddSingleton<DatabaseHealthCheck>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }
}
