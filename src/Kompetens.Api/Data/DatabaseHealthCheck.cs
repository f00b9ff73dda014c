using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kompetens.Api.Data;

/// <summary>
/// Ready when PostgreSQL answers and the schema is current: every migration this build knows has been applied
/// (compared with <c>__ef_migrations_history</c>). Once the schema has been seen current it stays so for this
/// process (migrations are only ever added), and the check is a plain connection test.
/// </summary>
public sealed class DatabaseHealthCheck(KompetensContexts contexts) : IHealthCheck
{
    private volatile bool schemaCurrent;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.OpenAsync(RowAccess.None, cancellationToken);
            if (schemaCurrent)
            {
                return await db.Database.CanConnectAsync(cancellationToken)
                    ? HealthCheckResult.Healthy()
                    : HealthCheckResult.Unhealthy("PostgreSQL does not answer");
            }

            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var pending = db.Database.GetMigrations().Count(m => !applied.Contains(m));
            if (pending > 0)
            {
                return HealthCheckResult.Unhealthy($"The database schema is not current: {pending} migration(s) pending; run the migrate command");
            }

            schemaCurrent = true;
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer");
        }
    }
}
