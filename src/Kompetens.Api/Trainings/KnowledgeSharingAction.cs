using System.ComponentModel;
using Kompetens.Api.Collaboration;
using Kompetens.Api.Data;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.Trainings;

/// <summary>
/// How a workplace puts what someone learned to use (the policy's routines to use increased competence), for example
/// a presentation at the workplace meeting. What was learned comes from a training (an enrolment), a job rotation, a
/// team, or self-study (none of those; the description says what was learned).
/// </summary>
public sealed class KnowledgeSharingAction : Entity
{
    /// <summary>The person who learned and shares it.</summary>
    public Guid EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public LearningSource Source { get; set; }
    public Guid? EnrolmentId { get; set; }
    public Enrolment? Enrolment { get; set; }
    public Guid? JobRotationId { get; set; }
    public JobRotation? JobRotation { get; set; }
    public Guid? TeamId { get; set; }
    public Team? Team { get; set; }
    public Guid OrganisationUnitId { get; set; }
    public OrganisationUnit OrganisationUnit { get; set; } = null!;
    public required string Description { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public Guid? DoneById { get; set; }
    public Employee? DoneBy { get; set; }
}

[Description("Where what is shared at the workplace was learned.")]
public enum LearningSource
{
    [Description("A training the employee completed (an enrolment).")]
    Training,

    [Description("A job rotation to another unit.")]
    JobRotation,

    [Description("Work in a team.")]
    Team,

    [Description("Self-study: reading, online courses or other learning of one's own; the description says what was learned.")]
    SelfStudy,
}
