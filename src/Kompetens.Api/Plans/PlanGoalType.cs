using GraphQL;
using Kompetens.Api.Competences;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;

namespace Kompetens.Api.Plans;

public sealed class PlanGoalType : EntityObjectType<PlanGoal>
{
    public PlanGoalType()
        : base("PlanGoal", "A goal of a development plan: raise one competence from the current to a target level by a date.")
    {
        this.AuthorizeWithPolicy(Policies.PersonalData);
        Field(x => x.CurrentLevel).Description("The employee's level when the goal was set.");
        Field(x => x.TargetLevel).Description("The level the employee aims for.");
        Field(x => x.DueDate).Description("When the target level should be reached.");
        Field(x => x.Status).Description("How far the goal has come.");
        RequiredReference<DevelopmentPlanType>("plan", x => x.Plan, x => x.PlanId).Description("The plan the goal belongs to.");
        RequiredReference<CompetenceType>("competence", x => x.Competence, x => x.CompetenceId).Description("The competence to develop.");
    }
}
