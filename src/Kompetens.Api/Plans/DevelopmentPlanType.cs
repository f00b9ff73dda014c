using Kompetens.Api.GraphQL;
using Kompetens.Api.Organisation;
using Kompetens.Api.Strategy;
using Kompetens.GraphQL.Data.Nodes;

namespace Kompetens.Api.Plans;

public sealed class DevelopmentPlanType : EntityObjectType<DevelopmentPlan>
{
    public DevelopmentPlanType()
        : base("DevelopmentPlan", "An employee's individual competence development plan (individuell kompetensutvecklingsplan) for a period, based on the city's service strategy and agreed with their manager.")
    {
        Field(x => x.PeriodStart).Description("The first day of the plan's period.");
        Field(x => x.PeriodEnd).Description("The last day of the plan's period.");
        Field(x => x.Status).Description("Where the plan is in its life: draft, submitted, agreed, followed up or closed.");
        Field(x => x.AgreedAt, nullable: true).Description("When the manager agreed the plan.");
        Field(x => x.ManagerComment, nullable: true).Description("The manager's comment, for example why the plan was returned.");
        this.RequiredReference<DevelopmentPlan, EmployeeType>("employee", x => x.EmployeeId).Description("The employee whose plan this is.");
        this.Reference<DevelopmentPlan, EmployeeType>("agreedBy", x => x.AgreedById).Description("The manager who agreed the plan.");
        this.Children<DevelopmentPlan, StrategyItemType, StrategyItem>("strategyGoals", x => x.StrategyGoals).Description("The service-strategy goals the plan supports.");
        this.Children<DevelopmentPlan, PlanGoalType, PlanGoal>("goals", x => x.Goals).Description("The plan's goals: competences to raise to a target level.");
        this.Children<DevelopmentPlan, PlanActivityType, PlanActivity>("activities", x => x.Activities).Description("What the employee does to reach the goals.");
        this.Children<DevelopmentPlan, PlanFollowUpType, PlanFollowUp>("followUps", x => x.FollowUps).Description("The follow-up conversations held on the plan.");
    }
}
