using System.ComponentModel;
using GraphQL;

namespace Kompetens.Api.Trainings;

[Description("The signed-in employee asks for a place at a training event.")]
public sealed class RequestEnrolmentInput
{
    [Id]
    [Description("The training event.")]
    public required string TrainingEventId { get; init; }

    [Id]
    [Description("The activity of the employee's development plan this enrolment carries out, if any.")]
    public string? PlanActivityId { get; init; }
}

[Description("A step on an enrolment.")]
public sealed class EnrolmentStepInput
{
    [Id]
    [Description("The enrolment.")]
    public required string EnrolmentId { get; init; }
}

[Description("The manager records that the employee completed the training, and how the workplace will use what they learned.")]
public sealed class CompleteEnrolmentInput
{
    [Id]
    [Description("The enrolment.")]
    public required string EnrolmentId { get; init; }

    [Description("How the employee's workplace will put the new competence to use, for example a presentation at the workplace meeting.")]
    public required string KnowledgeSharing { get; init; }

    [Description("By when the knowledge sharing should be done.")]
    public DateOnly? KnowledgeSharingDueOn { get; init; }
}

[Description("The manager marks a knowledge-sharing action done.")]
public sealed class CompleteKnowledgeSharingActionInput
{
    [Id]
    [Description("The knowledge-sharing action.")]
    public required string ActionId { get; init; }
}
