using Kompetens.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kompetens.Api.Competences;

internal sealed class CompetenceConfiguration : IEntityTypeConfiguration<Competence>
{
    public void Configure(EntityTypeBuilder<Competence> b)
    {
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(40);
        b.HasLocalizedText(x => x.Name).HasLocalizedText(x => x.Description, 4000);
        b.HasOne(x => x.Parent).WithMany(x => x.Children).HasForeignKey(x => x.ParentId);
        b.HasOne(x => x.Scale).WithMany().HasForeignKey(x => x.ScaleId);
        b.HasIndex(x => x.ParentId);
        b.HasIndex(x => x.Dimension);
    }
}

internal sealed class ProficiencyScaleConfiguration : IEntityTypeConfiguration<ProficiencyScale>
{
    public void Configure(EntityTypeBuilder<ProficiencyScale> b)
    {
        b.HasIndex(x => x.Code).IsUnique();
        b.HasLocalizedText(x => x.Name);
    }
}

internal sealed class ProficiencyLevelConfiguration : IEntityTypeConfiguration<ProficiencyLevel>
{
    public void Configure(EntityTypeBuilder<ProficiencyLevel> b)
    {
        b.HasOne(x => x.Scale).WithMany(x => x.Levels).HasForeignKey(x => x.ScaleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.ScaleId, x.Level }).IsUnique();
        b.HasLocalizedText(x => x.Name).HasLocalizedText(x => x.Description, 4000);
        b.HasLevelCheck("level");
    }
}

internal sealed class MappingCampaignConfiguration : IEntityTypeConfiguration<MappingCampaign>
{
    public void Configure(EntityTypeBuilder<MappingCampaign> b)
    {
        b.HasLocalizedText(x => x.Name).HasLocalizedText(x => x.Description, 4000);
        b.HasOne(x => x.FundingSource).WithMany(x => x.MappingCampaigns).HasForeignKey(x => x.FundingSourceId);
        b.HasMany(x => x.Units).WithMany().UsingEntity("mapping_campaign_units");
        b.HasMany(x => x.Competences).WithMany().UsingEntity("mapping_campaign_competences");
        b.HasPeriodCheck("starts_on", "ends_on");
    }
}

internal sealed class CompetenceAssessmentConfiguration : IEntityTypeConfiguration<CompetenceAssessment>
{
    public void Configure(EntityTypeBuilder<CompetenceAssessment> b)
    {
        b.HasOne(x => x.Employee).WithMany(x => x.Assessments).HasForeignKey(x => x.EmployeeId);
        b.HasOne(x => x.AssessedBy).WithMany().HasForeignKey(x => x.AssessedById);
        b.HasOne(x => x.Competence).WithMany().HasForeignKey(x => x.CompetenceId);
        b.HasOne(x => x.Campaign).WithMany(x => x.Assessments).HasForeignKey(x => x.CampaignId);
        b.HasIndex(x => new { x.EmployeeId, x.CompetenceId, x.AssessedAt });
        b.HasIndex(x => new { x.CompetenceId, x.Level });
        b.HasIndex(x => x.CampaignId);
        b.Property(x => x.Comment).HasMaxLength(4000);
        b.HasLevelCheck("level");
    }
}

internal sealed class CompetenceRequirementConfiguration : IEntityTypeConfiguration<CompetenceRequirement>
{
    public void Configure(EntityTypeBuilder<CompetenceRequirement> b)
    {
        b.HasOne(x => x.OrganisationUnit).WithMany().HasForeignKey(x => x.OrganisationUnitId);
        b.HasOne(x => x.Competence).WithMany().HasForeignKey(x => x.CompetenceId);
        b.HasOne(x => x.StrategyGoal).WithMany().HasForeignKey(x => x.StrategyGoalId);
        b.HasIndex(x => new { x.OrganisationUnitId, x.CompetenceId, x.Horizon });
        b.HasIndex(x => x.CompetenceId);

        // One current requirement per unit or job title, competence and horizon (target date): an absent unit, job
        // title or date counts as equal to another absent one (NULLS NOT DISTINCT, PostgreSQL 15+). Withdrawn ones are history.
        b.HasIndex(x => new { x.OrganisationUnitId, x.JobTitle, x.CompetenceId, x.Horizon, x.TargetDate }, OneCurrentRequirementIndex)
            .HasDatabaseName(OneCurrentRequirementIndex).IsUnique().AreNullsDistinct(false).HasFilter("withdrawn_at IS NULL");
        b.Property(x => x.Rationale).HasMaxLength(4000);
        b.HasLevelCheck("required_level");
        b.ToTable(t =>
        {
            t.HasCheckConstraint("ck_competence_requirements_headcount", "headcount >= 1");
            t.HasCheckConstraint("ck_competence_requirements_scope", "organisation_unit_id IS NOT NULL OR job_title IS NOT NULL");
            t.HasCheckConstraint("ck_competence_requirements_future_has_date", "horizon = 'Now' OR target_date IS NOT NULL");
        });
    }

    public const string OneCurrentRequirementIndex = "ux_competence_requirements_one_current";
}
