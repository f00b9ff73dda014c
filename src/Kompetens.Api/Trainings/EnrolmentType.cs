using Kompetens.Api.GraphQL;
using Kompetens.Api.Organisation;
using Kompetens.Api.Plans;
using Kompetens.GraphQL.Data.Nodes;

namespace Kompetens.Api.Trainings;

public sealed class EnrolmentType : EntityObjectType<Enrolment>
{
    public EnrolmentType()
        : base("Enrolment", "An employee's place, or request for a place, at a training event.")
    {
        Field(x => x.Status).Description("Where the enrolment is: requested, approved, waitlisted, attended, completed, cancelled or no-show.");
        Field(x => x.RequestedAt).Description("When the employee asked for a place.");
        Field(x => x.DecidedAt, nullable: true).Description("When the manager approved or declined the request.");
        Field(x => x.CompletedAt, nullable: true).Description("When the employee completed the training.");
        this.RequiredReference<Enrolment, TrainingEventType>("trainingEvent", x => x.TrainingEventId).Description("The event enrolled in.");
        this.RequiredReference<Enrolment, EmployeeType>("employee", x => x.EmployeeId).Description("The employee enrolled.");
        this.Reference<Enrolment, PlanActivityType>("planActivity", x => x.PlanActivityId).Description("The development-plan activity the enrolment carries out, if any.");
        this.Reference<Enrolment, EmployeeType>("decidedBy", x => x.DecidedById).Description("The manager who decided on the request.");
        this.Children<Enrolment, KnowledgeSharingActionType, KnowledgeSharingAction>("knowledgeSharingActions", x => x.KnowledgeSharingActions).Description("How the workplace uses what the employee learned.");
    }
}
