using System.ComponentModel;
using Kompetens.Api.Competences;
using Kompetens.Api.Data;

namespace Kompetens.Api.Plans;

/// <summary>A goal of a plan: raise one competence from a current to a target level by a date.</summary>
public sealed class PlanGoal : Entity
{
    public Guid PlanId { get; set; }
    public DevelopmentPlan Plan { get; set; } = null!;
    public Guid CompetenceId { get; set; }
    public Competence Competence { get; set; } = null!;
    public int CurrentLevel { get; set; }
    public int TargetLevel { get; set; }
    public DateOnly DueDate { get; set; }
    public PlanGoalStatus Status { get; set; }
}

[Description("How far a plan goal has come.")]
public enum PlanGoalStatus
{
    [Description("Not started yet.")]
    NotStarted,

    [Description("Being worked on.")]
    InProgress,

    [Description("The target level is reached.")]
    Achieved,

    [Description("No longer pursued.")]
    Dropped,

    [Description("Followed up at the end of its time without the target level reached.")]
    NotAchieved,
}
