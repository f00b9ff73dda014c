using System.ComponentModel;
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

[Description("Where an enrolment in a training event is.")]
public enum EnrolmentStatus
{
    [Description("The employee asked for a place; the manager has not decided.")]
    Requested,

    [Description("The manager approved; the employee has a place.")]
    Approved,

    [Description("The event is full; the employee waits for a place.")]
    Waitlisted,

    [Description("The employee took part.")]
    Attended,

    [Description("The employee completed the training; evidence is recorded.")]
    Completed,

    [Description("The enrolment was cancelled.")]
    Cancelled,

    [Description("The employee had a place but did not come.")]
    NoShow,
}
