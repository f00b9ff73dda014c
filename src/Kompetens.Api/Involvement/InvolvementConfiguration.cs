using Kompetens.Api.Data;
using Kompetens.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kompetens.Api.Involvement;

internal sealed class ImprovementProposalConfiguration : IEntityTypeConfiguration<ImprovementProposal>
{
    public void Configure(EntityTypeBuilder<ImprovementProposal> b)
    {
        b.HasOne(x => x.Proposer).WithMany(x => x.ImprovementProposals).HasForeignKey(x => x.ProposerId);
        b.HasOne(x => x.OrganisationUnit).WithMany(x => x.ImprovementProposals).HasForeignKey(x => x.OrganisationUnitId);
        b.HasOne(x => x.Competence).WithMany().HasForeignKey(x => x.CompetenceId);
        b.HasOne(x => x.StrategyItem).WithMany().HasForeignKey(x => x.StrategyItemId);
        b.HasOne(x => x.HandledBy).WithMany().HasForeignKey(x => x.HandledById);
        b.HasIndex(x => x.ProposerId);
        b.HasIndex(x => new { x.OrganisationUnitId, x.Status });
        b.HasIndex(x => x.CompetenceId);
        b.HasIndex(x => x.StrategyItemId);
        b.HasIndex(x => x.HandledById);
        b.Property<uint>(RowVersions.Property).IsRowVersion();
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(8000);
        b.Property(x => x.Response).HasMaxLength(4000);
    }
}

internal sealed class QualityWorkResultConfiguration : IEntityTypeConfiguration<QualityWorkResult>
{
    public void Configure(EntityTypeBuilder<QualityWorkResult> b)
    {
        b.HasOne(x => x.OrganisationUnit).WithMany(x => x.QualityWorkResults).HasForeignKey(x => x.OrganisationUnitId);
        b.HasOne(x => x.QualityTool).WithMany().HasForeignKey(x => x.QualityToolId);
        b.HasIndex(x => x.QualityToolId);

        // One result per unit, tool and period: a second is a duplicate (INVALID_INPUT), not a new version.
        b.HasIndex(x => new { x.OrganisationUnitId, x.QualityToolId, x.PeriodStart, x.PeriodEnd }).IsUnique().HasDatabaseName(QualityWorkResult.OnePerPeriodIndex);
        b.Property(x => x.Summary).HasMaxLength(8000);
        b.Property(x => x.Assessment).HasMaxLength(4000);
        b.Property(x => x.ImprovementActions).HasMaxLength(8000);
        b.HasPeriodCheck("period_start", "period_end");
        b.ToTable(t => t.HasCheckConstraint("ck_quality_work_results_score", "score >= 0"));
    }
}
