using GraphQL.Types;
using GraphQL;
using Kompetens.Api.GraphQL;
using Kompetens.GraphQL.Data.Scalars;
using Kompetens.GraphQL.Data.Types;
using Kompetens.Api.Security;
using Kompetens.Api.Organisation;
using Kompetens.Api.Strategy;

namespace Kompetens.Api.Plans;

public sealed class DevelopmentPlanType : EntityObjectType<DevelopmentPlan>
{
    private static readonly System.Linq.Expressions.Expression<Func<DevelopmentPlan, uint>> Version = x => x.Version;

    public DevelopmentPlanType()
        : base("DevelopmentPlan", "An employee's individual competence development plan (individuell kompetensutvecklingsplan) for a period, based on the city's service strategy and agreed with their manager.")
    {
        this.AuthorizeWithPolicy(Policies.PersonalData);
        Field(x => x.PeriodStart).Description("The first day of the plan's period.");
        Field(x => x.PeriodEnd).Description("The last day of the plan's period.");
        Field(x => x.Status).Description("Where the plan is in its life: draft (also when returned), submitted, agreed, followed up, closed, or withdrawn by the employee.");
        Field(x => x.AgreedAt, nullable: true).Description("When the manager agreed the plan.");
        // Resolved, not mapped: PostgreSQL's xmin can be read but not compared, so it is neither filterable nor sortable.
        Field<NonNullGraphType<LongScalar>>("version")
            .Description("The plan's row version; give it back when changing the plan so that concurrent edits are detected.")
            .Resolve(context => (long)context.Source.Version)
            .FieldType.SetRequires([Version]);
        Field(x => x.ManagerComment, nullable: true).Description("The manager's comment, for example why the plan was returned.");
        RequiredReference<EmployeeType>("employee", x => x.Employee, x => x.EmployeeId).Description("The employee whose plan this is.");
        Reference<EmployeeType>("agreedBy", x => x.AgreedBy, x => x.AgreedById).Description("The manager who agreed the plan.");
        Children<StrategyItemType>("strategyGoals", x => x.StrategyGoals).Description("The service-strategy goals the plan supports.");
        Children<PlanGoalType>("goals", x => x.Goals).Description("The plan's goals: competences to raise to a target level.");
        Children<PlanActivityType>("activities", x => x.Activities).Description("What the employee does to reach the goals.");
        Children<PlanFollowUpType>("followUps", x => x.FollowUps).Description("The follow-up conversations held on the plan.");
    }
}
