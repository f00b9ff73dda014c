using Kompetens.Api.Domain;
using Kompetens.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kompetens.Api.Plans;

internal sealed class DevelopmentPlanConfiguration : IEntityTypeConfiguration<DevelopmentPlan>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlan> b)
    {
        b.HasOne(x => x.Employee).WithMany(x => x.DevelopmentPlans).HasForeignKey(x => x.EmployeeId);
        b.Property(x => x.Version).IsRowVersion();
        b.HasOne(x => x.AgreedBy).WithMany().HasForeignKey(x => x.AgreedById);
        b.HasMany(x => x.StrategyGoals).WithMany().UsingEntity("development_plan_strategy_goals");
        b.HasIndex(x => new { x.EmployeeId, x.PeriodStart });
        b.HasIndex(x => x.Status);
        b.Property(x => x.ManagerComment).HasMaxLength(4000);
        b.HasPeriodCheck("period_start", "period_end");
    }
}

internal sealed class PlanGoalConfiguration : IEntityTypeConfiguration<PlanGoal>
{
    public void Configure(EntityTypeBuilder<PlanGoal> b)
    {
        b.HasOne(x => x.Plan).WithMany(x => x.Goals).HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Competence).WithMany().HasForeignKey(x => x.CompetenceId);
        b.HasIndex(x => x.PlanId);
        b.HasIndex(x => x.CompetenceId);
        b.HasLevelCheck("current_level").HasLevelCheck("target_level");
    }
}

internal sealed class PlanActivityConfiguration : IEntityTypeConfiguration<PlanActivity>
{
    public void Configure(EntityTypeBuilder<PlanActivity> b)
    {
        b.HasOne(x => x.Plan).WithMany(x => x.Activities).HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Goal).WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.TrainingEvent).WithMany().HasForeignKey(x => x.TrainingEventId);
        b.HasOne(x => x.JobRotation).WithMany().HasForeignKey(x => x.JobRotationId);
        b.HasOne(x => x.Team).WithMany().HasForeignKey(x => x.TeamId);
        b.HasOne(x => x.FundingSource).WithMany(x => x.PlanActivities).HasForeignKey(x => x.FundingSourceId);
        b.HasIndex(x => x.PlanId);
        b.HasIndex(x => x.TrainingEventId);
        b.HasIndex(x => x.FundingSourceId);
        b.Property<uint>(RowVersions.Property).IsRowVersion();
        b.Property(x => x.Description).HasMaxLength(4000);
        b.HasPeriodCheck("starts_on", "ends_on");
        b.ToTable(t => t.HasCheckConstraint("ck_plan_activities_cost", "cost IS NULL OR cost >= 0"));
    }
}

internal sealed class PlanFollowUpConfiguration : IEntityTypeConfiguration<PlanFollowUp>
{
    public void Configure(EntityTypeBuilder<PlanFollowUp> b)
    {
        b.HasOne(x => x.Plan).WithMany(x => x.FollowUps).HasForeignKey(x => x.PlanId);
        b.HasOne(x => x.ConductedBy).WithMany().HasForeignKey(x => x.ConductedById);
        b.HasIndex(x => x.PlanId);
        b.Property(x => x.Notes).HasMaxLength(8000);
    }
}
