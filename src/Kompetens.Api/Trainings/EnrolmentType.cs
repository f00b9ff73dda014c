using GraphQL;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Kompetens.Api.Organisation;
using Kompetens.Api.Plans;

namespace Kompetens.Api.Trainings;

public sealed class EnrolmentType : EntityObjectType<Enrolment>
{
    public EnrolmentType()
        : base("Enrolment", "An employee's place, or request for a place, at a training event.")
    {
        this.AuthorizeWithPolicy(Policies.PersonalData);
        Field(x => x.Status).Description("Where the enrolment is: requested, approved, waitlisted, attended, completed, cancelled or no-show.");
        Field(x => x.RequestedAt).Description("When the employee asked for a place.");
        Field(x => x.DecidedAt, nullable: true).Description("When the manager approved or declined the request.");
        Field(x => x.CompletedAt, nullable: true).Description("When the employee completed the training.");
        RequiredReference<TrainingEventType>("trainingEvent", x => x.TrainingEvent, x => x.TrainingEventId).Description("The event enrolled in.");
        RequiredReference<EmployeeType>("employee", x => x.Employee, x => x.EmployeeId).Description("The employee enrolled.");
        Reference<PlanActivityType>("planActivity", x => x.PlanActivity, x => x.PlanActivityId).Description("The development-plan activity the enrolment carries out, if any.");
        Reference<EmployeeType>("decidedBy", x => x.DecidedBy, x => x.DecidedById).Description("The manager who decided on the request.");
        Children<KnowledgeSharingActionType>("knowledgeSharingActions", x => x.KnowledgeSharingActions).Description("How the workplace uses what the employee learned.");
    }
}
