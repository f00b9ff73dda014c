using System.Text.Json;
using Kompetens.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kompetens.Api.Audit;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every record a caller creates, changes or deletes, in the same
/// transaction as the change. Work the service does for itself (migrations, the demo seed) has no caller and
/// is not audited.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context as KompetensDbContext);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context as KompetensDbContext);
        return base.SavingChanges(eventData, result);
    }

    private void Record(KompetensDbContext? db)
    {
        if (db?.Actor is not { } actor)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var entries = db.ChangeTracker.Entries<Entity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new AuditEntry
            {
                OccurredAt = now,
                Actor = actor,
                Operation = db.Operation,
                EntityType = e.Metadata.ClrType.Name,
                EntityId = e.Entity.Id,
                Action = e.State switch
                {
                    EntityState.Added => AuditAction.Created,
                    EntityState.Deleted => AuditAction.Deleted,
                    _ => AuditAction.Updated,
                },
                Changes = e.State == EntityState.Modified ? Changes(e) : null,
            })
            .ToList();
        db.AddRange(entries);
    }

    private static string Changes(EntityEntry<Entity> entry) => JsonSerializer.Serialize(entry.Properties
        .Where(p => p.IsModified && p.Metadata.Name is not (nameof(Entity.UpdatedAt)))
        .ToDictionary(p => p.Metadata.Name, p => new { from = p.OriginalValue, to = p.CurrentValue }));
}
