using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Data;

/// <summary>
/// The one way to get a <see cref="KompetensDbContext"/>: from the pool, with the row access it may use set on
/// every lease (a pooled context keeps its properties, so a lease that did not set them would inherit the last
/// caller's).
/// </summary>
public sealed class KompetensContexts(IDbContextFactory<KompetensDbContext> pool, TimeProvider clock)
{
    public async Task<KompetensDbContext> OpenAsync(RowAccess access, CancellationToken cancellationToken)
    {
        var db = await pool.CreateDbContextAsync(cancellationToken);
        db.Access = access.On(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        db.Actor = null;
        db.Operation = null;
        return db;
    }

    /// <summary>A context that saves changes on behalf of <paramref name="actor"/>: reads with their row access, and every change is audited.</summary>
    public async Task<KompetensDbContext> OpenForChangesAsync(RowAccess access, string actor, string operation, CancellationToken cancellationToken)
    {
        var db = await OpenAsync(access, cancellationToken);
        db.Actor = actor;
        db.Operation = operation;
        return db;
    }
}
