using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kompetens.Api.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database: a pooled <see cref="IDbContextFactory{TContext}"/> over the features'
    /// <paramref name="model"/> (every resolver and mutation creates its own short-lived context; see
    /// GraphQL/QuerySessions for why), the clock, and the endpoint that finds or starts PostgreSQL.
    /// </summary>
    public static IServiceCollection AddKompetensDatabase(this IServiceCollection services, IConfiguration configuration, KompetensModel model)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .Validate<IHostEnvironment>(
                (_, environment) => environment.IsDevelopment() || !string.IsNullOrWhiteSpace(configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)),
                $"ConnectionStrings__{DatabaseOptions.ConnectionStringName}: not set; outside Development the service needs a PostgreSQL connection string (a local cluster is only started in Development)")
            .ValidateOnStart();
        services.AddSingleton<DatabaseEndpoint>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IInterceptor, TimestampInterceptor>();
        services.AddPooledDbContextFactory<KompetensDbContext>((sp, options) => KompetensDbContext
            .Configure(options, sp.GetRequiredService<DatabaseEndpoint>().ConnectionString, model)
            .AddInterceptors(sp.GetServices<IInterceptor>())
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        services.AddSingleton<KompetensContexts>();
        // One instance, so that it remembers once the schema is current.
        services.AddSingleton<DatabaseHealthCheck>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }
}
