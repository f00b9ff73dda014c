using Kompetens.Api.Domain;

namespace Kompetens.Api.Trainings;

/// <summary>
/// The life of an enrolment and of a training event, as tables. A place is taken by an approved, attended or
/// completed enrolment; an approval when the event is full waitlists instead, and a cancellation promotes the
/// longest-waiting enrolment.
/// </summary>
public static class EnrolmentWorkflow
{
    public static readonly EnrolmentStatus[] TakesAPlace = [EnrolmentStatus.Approved, EnrolmentStatus.Attended, EnrolmentStatus.Completed];

    public static StateMachine<EnrolmentStatus> Enrolment { get; } = new("enrolment");

    /// <summary>Leads to Approved, or to Waitlisted when the event is full.</summary>
    public static readonly Transition<EnrolmentStatus> Approve = Enrolment.Allow("approved", [EnrolmentStatus.Requested], EnrolmentStatus.Approved);
    public static readonly Transition<EnrolmentStatus> Cancel = Enrolment.Allow("cancelled", [EnrolmentStatus.Requested, EnrolmentStatus.Approved, EnrolmentStatus.Waitlisted], EnrolmentStatus.Cancelled);
    public static readonly Transition<EnrolmentStatus> Complete = Enrolment.Allow("completed", [EnrolmentStatus.Approved, EnrolmentStatus.Attended], EnrolmentStatus.Completed);

    /// <summary>Attendance, recorded once the event has started; a wrong mark can be corrected until completion.</summary>
    public static readonly Transition<EnrolmentStatus> Attend = Enrolment.Allow("marked attended", [EnrolmentStatus.Approved, EnrolmentStatus.Attended, EnrolmentStatus.NoShow], EnrolmentStatus.Attended);
    public static readonly Transition<EnrolmentStatus> MissEvent = Enrolment.Allow("marked no-show", [EnrolmentStatus.Approved, EnrolmentStatus.Attended, EnrolmentStatus.NoShow], EnrolmentStatus.NoShow);

    public static StateMachine<TrainingEventStatus> Event { get; } = new("training event");

    public static readonly Transition<TrainingEventStatus> CancelEvent = Event.Allow("cancelled", [TrainingEventStatus.Scheduled], TrainingEventStatus.Cancelled);
    public static readonly Transition<TrainingEventStatus> StartEvent = Event.Allow("started", [TrainingEventStatus.Scheduled, TrainingEventStatus.InProgress], TrainingEventStatus.InProgress);
    public static readonly Transition<TrainingEventStatus> CompleteEvent = Event.Allow("completed", [TrainingEventStatus.Scheduled, TrainingEventStatus.InProgress], TrainingEventStatus.Completed);
}
