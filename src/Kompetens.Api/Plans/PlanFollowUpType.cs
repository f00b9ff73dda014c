using GraphQL;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.Plans;

public sealed class PlanFollowUpType : EntityObjectType<PlanFollowUp>
{
    public PlanFollowUpType()
        : base("PlanFollowUp", "A follow-up conversation (uppföljning) on a development plan.")
    {
        this.AuthorizeWithPolicy(Policies.PersonalData);
        Field(x => x.HeldOn).Description("When the follow-up was held.");
        Field(x => x.Notes).Description("What was noted: progress, changes to the plan, next steps.");
        RequiredReference<DevelopmentPlanType>("plan", x => x.Plan, x => x.PlanId).Description("The plan followed up.");
        Reference<EmployeeType>("conductedBy", x => x.ConductedBy, x => x.ConductedById).Description("The manager who held the follow-up.");
    }
}
