using System.ComponentModel;
using Kompetens.Api.Collaboration;
using Kompetens.Api.Data;
using Kompetens.Api.Strategy;
using Kompetens.Api.Trainings;

namespace Kompetens.Api.Plans;

/// <summary>Something the employee does to reach a plan's goals: a training event, work on the job, a rotation, a team, mentoring, self-study or sharing knowledge.</summary>
public sealed class PlanActivity : Entity
{
    public Guid PlanId { get; set; }
    public DevelopmentPlan Plan { get; set; } = null!;
    public Guid? GoalId { get; set; }
    public PlanGoal? Goal { get; set; }
    public PlanActivityKind Kind { get; set; }
    public required string Description { get; set; }
    public Guid? TrainingEventId { get; set; }
    public TrainingEvent? TrainingEvent { get; set; }
    public Guid? JobRotationId { get; set; }
    public JobRotation? JobRotation { get; set; }
    public Guid? TeamId { get; set; }
    public Team? Team { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public PlanActivityStatus Status { get; set; }
    public decimal? Cost { get; set; }
    public Guid? FundingSourceId { get; set; }
    public FundingSource? FundingSource { get; set; }
}

[Description("What kind of development activity a plan holds.")]
public enum PlanActivityKind
{
    [Description("A training event.")]
    Training,

    [Description("Learning in the daily work.")]
    OnTheJob,

    [Description("A job rotation to another unit.")]
    Rotation,

    [Description("Work in a team, often across administrations.")]
    Team,

    [Description("Mentoring by a colleague.")]
    Mentoring,

    [Description("Self-study.")]
    SelfStudy,

    [Description("Sharing one's knowledge with colleagues.")]
    KnowledgeSharing,
}

[Description("Where a plan activity is.")]
public enum PlanActivityStatus
{
    [Description("Planned, not started.")]
    Planned,

    [Description("Under way.")]
    InProgress,

    [Description("Carried out.")]
    Done,

    [Description("Will not be carried out.")]
    Cancelled,
}
