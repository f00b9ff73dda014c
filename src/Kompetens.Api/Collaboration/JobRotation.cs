using System.ComponentModel;
using Kompetens.Api.Data;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.Collaboration;

/// <summary>A job rotation (arbetsrotation): an employee works for a period in another unit to learn.</summary>
public sealed class JobRotation : Entity
{
    public Guid EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public Guid FromUnitId { get; set; }
    public OrganisationUnit FromUnit { get; set; } = null!;
    public Guid ToUnitId { get; set; }
    public OrganisationUnit ToUnit { get; set; } = null!;
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public required string LearningGoals { get; set; }
    public JobRotationStatus Status { get; set; }

    /// <summary>When the manager of the employee's own unit approved; a rotation needs both units' managers.</summary>
    public DateTimeOffset? FromUnitApprovedAt { get; set; }

    /// <summary>When the manager of the receiving unit approved.</summary>
    public DateTimeOffset? ToUnitApprovedAt { get; set; }
    public string? Evaluation { get; set; }

    /// <summary>Why the rotation was rejected or cancelled, as the person who stopped it wrote.</summary>
    public string? DecisionComment { get; set; }
}

[Description("Where a job rotation is.")]
public enum JobRotationStatus
{
    [Description("Proposed; waiting for both managers.")]
    Proposed,

    [Description("Approved by both managers.")]
    Approved,

    [Description("The employee is in the other unit.")]
    Ongoing,

    [Description("Finished and evaluated.")]
    Completed,

    [Description("Will not take place: withdrawn by the employee, or called off by a manager.")]
    Cancelled,

    [Description("Refused by the manager of the employee's unit or of the receiving unit.")]
    Rejected,
}
