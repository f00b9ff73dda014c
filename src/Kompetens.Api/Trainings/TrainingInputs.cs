using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GraphQL;
using Kompetens.Api.GraphQL;

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

/// <summary>What a step on one enrolment names.</summary>
public interface IEnrolmentStep
{
    string EnrolmentId { get; }
}

[Description("The manager approves a request for a place.")]
public sealed class ApproveEnrolmentInput : IEnrolmentStep
{
    [Id]
    [Description("The enrolment.")]
    public required string EnrolmentId { get; init; }
}

[Description("The employee or their manager cancels an enrolment.")]
public sealed class CancelEnrolmentInput : IEnrolmentStep
{
    [Id]
    [Description("The enrolment.")]
    public required string EnrolmentId { get; init; }
}

[Description("HR or the participants' managers record who came to a started event and who did not.")]
public sealed class RecordAttendanceInput
{
    [Id]
    [Description("The training event; it must have started.")]
    public required string TrainingEventId { get; init; }

    [Description("One mark per enrolment (up to the event's participants).")]
    public required IReadOnlyList<AttendanceInput> Attendance { get; init; }
}

[Description("Whether one participant came.")]
public sealed class AttendanceInput
{
    [Id]
    [Description("The enrolment.")]
    public required string EnrolmentId { get; init; }

    [Description("True: the participant took part (Attended); false: they had a place but did not come (NoShow).")]
    public required bool Attended { get; init; }
}

[Description("HR completes an event that has taken place for all its participants at once.")]
public sealed class CompleteTrainingEventInput
{
    [Id]
    [Description("The training event; its last day must have come.")]
    public required string TrainingEventId { get; init; }

    [MaxLength(4000)]
    [Description("How each participant's workplace will put the new competence to use; one knowledge-sharing action per participant.")]
    public required string KnowledgeSharing { get; init; }

    [Description("By when the knowledge sharing should be done.")]
    public DateOnly? KnowledgeSharingDueOn { get; init; }
}

[Description("The manager records that the employee completed the training, and how the workplace will use what they learned.")]
public sealed class CompleteEnrolmentInput
{
    [Id]
    [Description("The enrolment.")]
    public required string EnrolmentId { get; init; }

    [MaxLength(4000)]
    [Description("How the employee's workplace will put the new competence to use, for example a presentation at the workplace meeting.")]
    public required string KnowledgeSharing { get; init; }

    [Description("By when the knowledge sharing should be done.")]
    public DateOnly? KnowledgeSharingDueOn { get; init; }
}

[Description("The person who learned something, or their manager, plans how the workplace will use it.")]
public sealed class PlanKnowledgeSharingActionInput
{
    [Id]
    [Description("The person who learned and will share it; leave out for yourself.")]
    public string? EmployeeId { get; init; }

    [Description("Where it was learned; names the one record below that it comes from (none for self-study).")]
    public required LearningSource Source { get; init; }

    [Id]
    [Description("The person's completed enrolment, when the source is a training.")]
    public string? EnrolmentId { get; init; }

    [Id]
    [Description("The person's ongoing or completed job rotation, when the source is a rotation.")]
    public string? JobRotationId { get; init; }

    [Id]
    [Description("A team the person belongs or belonged to, when the source is a team.")]
    public string? TeamId { get; init; }

    [MaxLength(4000)]
    [Description("What will be done to share or use the competence; for self-study also what was learned.")]
    public required string Description { get; init; }

    [Id]
    [Description("The workplace where it is shared, one of the person's current units; the person's own unit if left out.")]
    public string? OrganisationUnitId { get; init; }

    [Description("By when it should be done.")]
    public DateOnly? DueOn { get; init; }
}

[Description("The manager marks a knowledge-sharing action done.")]
public sealed class CompleteKnowledgeSharingActionInput
{
    [Id]
    [Description("The knowledge-sharing action.")]
    public required string ActionId { get; init; }
}

[Description("HR adds a training to the catalogue.")]
public sealed class CreateTrainingInput
{
    [MaxLength(40)]
    [Description("The catalogue code, unique.")]
    public required string Code { get; init; }

    [Description("The title in sv/fi/en.")]
    public required LocalizedTextInput Title { get; init; }

    [Description("Who gives the training.")]
    public required string Provider { get; init; }

    [Description("How many hours of learning it takes.")]
    public required decimal Hours { get; init; }

    [Description("How it is given.")]
    public required TrainingFormat Format { get; init; }

    [Description("The competences it develops and the level reached.")]
    public IReadOnlyList<DevelopedCompetenceInput>? Competences { get; init; }
}

[Description("A competence a training develops.")]
public sealed class DevelopedCompetenceInput
{
    [Id]
    [Description("The competence.")]
    public required string CompetenceId { get; init; }

    [Description("The level a participant reaches.")]
    public required int LevelReached { get; init; }
}

[Description("HR schedules a run of a training.")]
public sealed class ScheduleTrainingEventInput
{
    [Id]
    [Description("The training.")]
    public required string TrainingId { get; init; }

    [Description("When the event starts.")]
    public required DateTimeOffset StartsAt { get; init; }

    [Description("When the event ends.")]
    public required DateTimeOffset EndsAt { get; init; }

    [Description("Where it is held.")]
    public required string Location { get; init; }

    [MaxLength(2)]
    [Description("The language it is taught in: sv, fi or en; Swedish when left out.")]
    public string? Language { get; init; }

    [Description("How many places it has.")]
    public required int Capacity { get; init; }

    [Description("What it costs in total, in euros.")]
    public required decimal Cost { get; init; }

    [Id]
    [Description("Who pays, for example an EU ESF+ project.")]
    public string? FundingSourceId { get; init; }
}

[Description("HR cancels a scheduled training event; its enrolments are cancelled with it.")]
public sealed class CancelTrainingEventInput
{
    [Id]
    [Description("The event.")]
    public required string TrainingEventId { get; init; }
}
