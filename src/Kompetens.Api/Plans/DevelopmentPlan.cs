using System.ComponentModel;
using Kompetens.Api.Data;
using Kompetens.Api.Organisation;
using Kompetens.Api.Strategy;

namespace Kompetens.Api.Plans;

/// <summary>An employee's individual competence development plan (individuell kompetensutvecklingsplan) for a period.</summary>
public sealed class DevelopmentPlan : Entity
{
    public Guid EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public DevelopmentPlanStatus Status { get; set; }
    public Guid? AgreedById { get; set; }
    public Employee? AgreedBy { get; set; }
    public DateTimeOffset? AgreedAt { get; set; }
    public string? ManagerComment { get; set; }

    /// <summary>PostgreSQL's row version (<c>xmin</c>): a save fails if someone else changed the plan meanwhile.</summary>
    public uint Version { get; set; }

    /// <summary>The service-strategy goals the plan supports; the policy bases every plan on the service strategy.</summary>
    public List<StrategyItem> StrategyGoals { get; set; } = [];
    public List<PlanGoal> Goals { get; set; } = [];
    public List<PlanActivity> Activities { get; set; } = [];
    public List<PlanFollowUp> FollowUps { get; set; } = [];
}

[Description("Where a development plan is in its life.")]
public enum DevelopmentPlanStatus
{
    [Description("The employee is writing it.")]
    Draft,

    [Description("Sent to the manager to agree.")]
    Submitted,

    [Description("Agreed by the manager; being carried out.")]
    Agreed,

    [Description("At least one follow-up has been held.")]
    FollowedUp,

    [Description("The period is over and the plan is closed.")]
    Closed,

    [Description("The employee withdrew the draft; kept for the record, it is no longer the person's plan for the period.")]
    Withdrawn,
}
