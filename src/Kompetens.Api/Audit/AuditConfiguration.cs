using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kompetens.Api.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.Property(x => x.Actor).HasMaxLength(200);
        b.Property(x => x.Operation).HasMaxLength(200);
        b.Property(x => x.EntityType).HasMaxLength(100);
        b.Property(x => x.Changes).HasColumnType("text");
        b.HasIndex(x => x.OccurredAt);
        b.HasIndex(x => new { x.EntityType, x.EntityId });
        b.HasIndex(x => x.Actor);
    }
}
