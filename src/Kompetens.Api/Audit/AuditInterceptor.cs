using System.Text.Json;
using System.Text.Json.Serialization;
using Kompetens.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Kompetens.Api.Audit;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every record a caller creates, changes or deletes, in the same
/// transaction as the change — links too (a row of a many-to-many join such as a plan's strategy goals or a team's
/// units): their entity type is the relation (<c>DevelopmentPlan.StrategyGoals</c>), their entity id the record
/// whose relation it is, and the changes name the linked record. Enums are written by name, as the database stores
/// them. Work the service does for itself (migrations, the demo seed) has no caller and is not audited.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

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
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity is Entity entity ? OfRecord(e, entity) : OfLink(e))
            .OfType<AuditEntry>()
            .ToList();
        foreach (var entry in entries)
        {
            entry.OccurredAt = now;
            entry.Actor = actor;
            entry.Operation = db.Operation;
        }

        db.AddRange(entries);
    }

    private static AuditEntry OfRecord(EntityEntry entry, Entity entity) => new()
    {
        Actor = "",
        EntityType = entry.Metadata.ClrType.Name,
        EntityId = entity.Id,
        Action = entry.State switch
        {
            EntityState.Added => AuditAction.Created,
            EntityState.Deleted => AuditAction.Deleted,
            _ => AuditAction.Updated,
        },
        Changes = entry.State == EntityState.Modified ? Changes(entry) : null,
    };

    /// <summary>A row of a many-to-many join (a property bag, not an <see cref="Entity"/>): the link was made or removed.</summary>
    private static AuditEntry? OfLink(EntityEntry entry)
    {
        var relation = entry.Metadata.GetForeignKeys().SelectMany(fk => fk.GetReferencingSkipNavigations()).FirstOrDefault();
        if (relation is null || entry.State == EntityState.Modified)
        {
            return null;
        }

        var linked = relation.Inverse?.ForeignKey ?? entry.Metadata.GetForeignKeys().First(fk => fk != relation.ForeignKey);
        var linkedId = KeyOf(entry, linked);
        var added = entry.State == EntityState.Added;
        return new AuditEntry
        {
            Actor = "",
            EntityType = $"{relation.DeclaringEntityType.ClrType.Name}.{relation.Name}",
            EntityId = KeyOf(entry, relation.ForeignKey) is Guid id ? id : Guid.Empty,
            Action = added ? AuditAction.Created : AuditAction.Deleted,
            Changes = JsonSerializer.Serialize(
                new Dictionary<string, object> { [relation.Name] = new { from = added ? null : linkedId, to = added ? linkedId : null } }, Json),
        };
    }

    private static object? KeyOf(EntityEntry entry, IForeignKey foreignKey) => entry.Property(foreignKey.Properties[0].Name).CurrentValue;

    private static string Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, object>();
        foreach (var property in entry.Properties.Where(p => p.IsModified && p.Metadata.Name is not nameof(Entity.UpdatedAt)))
        {
            changes[property.Metadata.Name] = new { from = property.OriginalValue, to = property.CurrentValue };
        }

        // Texts a person reads (LocalizedText) are complex properties: name them Name.Sv, Name.Fi, ….
        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var property in complex.Properties.Where(p => p.IsModified))
            {
                changes[$"{complex.Metadata.Name}.{property.Metadata.Name}"] = new { from = property.OriginalValue, to = property.CurrentValue };
            }
        }

        return JsonSerializer.Serialize(changes, Json);
    }
}
