namespace Kompetens.Api.Trainings;

/// <summary>
/// The life of an enrolment, as a table. A place is taken by an approved, attended or completed enrolment; an
/// approval when the event is full waitlists instead, and a cancellation promotes the longest-waiting enrolment.
/// </summary>
public static class EnrolmentWorkflow
{
    public static readonly EnrolmentStatus[] TakesAPlace = [EnrolmentStatus.Approved, EnrolmentStatus.Attended, EnrolmentStatus.Completed];

    /// <summary>Statuses each step starts from; every other starting status is an invalid transition.</summary>
    public static readonly IReadOnlyDictionary<string, EnrolmentStatus[]> From = new Dictionary<string, EnrolmentStatus[]>
    {
        ["approved"] = [EnrolmentStatus.Requested],
        ["cancelled"] = [EnrolmentStatus.Requested, EnrolmentStatus.Approved, EnrolmentStatus.Waitlisted],
        ["completed"] = [EnrolmentStatus.Approved, EnrolmentStatus.Attended],
    };
}
