using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Plans;

/// <summary>Individual competence development plans (individuella kompetensutvecklingsplaner): goals, activities, follow-ups.</summary>
public sealed class PlansFeature : IFeature
{
    public void Model(ModelBuilder model, RowRules rows)
    {
        model.ApplyConfiguration(new DevelopmentPlanConfiguration());
        model.ApplyConfiguration(new PlanGoalConfiguration());
        model.ApplyConfiguration(new PlanActivityConfiguration());
        model.ApplyConfiguration(new PlanFollowUpConfiguration());
        rows.OwnedBy<DevelopmentPlan>(p => p.Employee);
        rows.OwnedBy<PlanGoal>(g => g.Plan.Employee);
        rows.OwnedBy<PlanActivity>(a => a.Plan.Employee);
        rows.OwnedBy<PlanFollowUp>(f => f.Plan.Employee);
    }

    public void Queries(ObjectGraphType query) => query.AddPlanQueries();

    public void Mutations(ObjectGraphType mutation) => mutation.AddPlanMutations();
}

public static class PlansData
{
    extension(KompetensDbContext db)
    {
        public DbSet<DevelopmentPlan> DevelopmentPlans => db.Set<DevelopmentPlan>();

        public DbSet<PlanGoal> PlanGoals => db.Set<PlanGoal>();

        public DbSet<PlanActivity> PlanActivities => db.Set<PlanActivity>();

        public DbSet<PlanFollowUp> PlanFollowUps => db.Set<PlanFollowUp>();
    }
}
