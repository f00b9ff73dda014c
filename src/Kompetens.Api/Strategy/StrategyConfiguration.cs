using Kompetens.Api.Domain;
using Kompetens.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kompetens.Api.Strategy;

internal sealed class StrategyItemConfiguration : IEntityTypeConfiguration<StrategyItem>
{
    public void Configure(EntityTypeBuilder<StrategyItem> b)
    {
        b.HasLocalizedText(x => x.Title).HasLocalizedText(x => x.Description, 4000);
        b.HasOne(x => x.Parent).WithMany(x => x.Children).HasForeignKey(x => x.ParentId);
        b.HasIndex(x => x.ParentId);
        b.HasPeriodCheck("valid_from", "valid_to");
    }
}

internal sealed class StrategyAcknowledgementConfiguration : IEntityTypeConfiguration<StrategyAcknowledgement>
{
    public void Configure(EntityTypeBuilder<StrategyAcknowledgement> b)
    {
        b.HasOne(x => x.Employee).WithMany(x => x.StrategyAcknowledgements).HasForeignKey(x => x.EmployeeId);
        b.HasOne(x => x.StrategyItem).WithMany(x => x.Acknowledgements).HasForeignKey(x => x.StrategyItemId);
        b.HasIndex(x => new { x.EmployeeId, x.StrategyItemId }).IsUnique();
        b.HasIndex(x => x.StrategyItemId);
    }
}

internal sealed class FundingSourceConfiguration : IEntityTypeConfiguration<FundingSource>
{
    public void Configure(EntityTypeBuilder<FundingSource> b)
    {
        b.Property<uint>(RowVersions.Property).IsRowVersion();
        b.HasLocalizedText(x => x.Name);
        b.HasPeriodCheck("valid_from", "valid_to");
        b.ToTable(t => t.HasCheckConstraint("ck_funding_sources_amounts", "(applied_amount IS NULL OR applied_amount >= 0) AND (granted_amount IS NULL OR granted_amount >= 0)"));
    }
}
