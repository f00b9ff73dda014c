using Kompetens.Api.Data;
using Kompetens.Api.Organisation;
using Kompetens.Api.Plans;

namespace Kompetens.Api.Trainings;

/// <summary>An employee's place (or wish for a place) at a training event.</summary>
public sealed class Enrolment : Entity
{
    public Guid TrainingEventId { get; set; }
    public TrainingEvent TrainingEvent { get; set; } = null!;
    public Guid EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public Guid? PlanActivityId { get; set; }
    public PlanActivity? PlanActivity { get; set; }
    public EnrolmentStatus Status { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public Guid? DecidedById { get; set; }
    public Employee? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public List<KnowledgeSharingAction> KnowledgeSharingActions { get; set; } = [];
}

public enum EnrolmentStatus { Requested, Approved, Waitlisted, Attended, Completed, Cancelled, NoShow }
