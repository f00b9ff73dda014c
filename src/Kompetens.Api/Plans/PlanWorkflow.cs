using Kompetens.Api.Domain;

namespace Kompetens.Api.Plans;

/// <summary>
/// The life of an individual development plan and of its activities, as tables: which step is allowed from which
/// status, who takes it, and where it leads. docs/workflows.md shows the same tables.
/// </summary>
public static class PlanWorkflow
{
    public enum Actor { Owner, Manager }

    public static StateMachine<DevelopmentPlanStatus> Plan { get; } = new("development plan");

    public static readonly Transition<DevelopmentPlanStatus> Submit = Plan.Allow("submitted", [DevelopmentPlanStatus.Draft], DevelopmentPlanStatus.Submitted);
    public static readonly Transition<DevelopmentPlanStatus> Agree = Plan.Allow("agreed", [DevelopmentPlanStatus.Submitted], DevelopmentPlanStatus.Agreed);
    public static readonly Transition<DevelopmentPlanStatus> Return = Plan.Allow("returned", [DevelopmentPlanStatus.Submitted], DevelopmentPlanStatus.Draft);
    public static readonly Transition<DevelopmentPlanStatus> FollowUp = Plan.Allow("followed up", [DevelopmentPlanStatus.Agreed, DevelopmentPlanStatus.FollowedUp], DevelopmentPlanStatus.FollowedUp);
    public static readonly Transition<DevelopmentPlanStatus> Close = Plan.Allow("closed", [DevelopmentPlanStatus.Agreed, DevelopmentPlanStatus.FollowedUp], DevelopmentPlanStatus.Closed);
    public static readonly Transition<DevelopmentPlanStatus> Withdraw = Plan.Allow("withdrawn", [DevelopmentPlanStatus.Draft], DevelopmentPlanStatus.Withdrawn);

    /// <summary>Editing keeps the plan where it is: a draft, which is also where a returned plan goes back to.</summary>
    public static readonly Transition<DevelopmentPlanStatus> Edit = Plan.Allow("edited", [DevelopmentPlanStatus.Draft], DevelopmentPlanStatus.Draft);

    /// <summary>
    /// The employee submits, edits and withdraws their own plan; every other step is the manager's (or HR's), never
    /// on one's own plan.
    /// </summary>
    public static Actor By(Transition<DevelopmentPlanStatus> step) => step == Submit || step == Withdraw || step == Edit ? Actor.Owner : Actor.Manager;

    /// <summary>The plans that hold a person's period: every plan but a withdrawn one. Two of them never overlap.</summary>
    /// <summary>
    /// The database's guard of the same rule: an exclusion constraint over (person, period) of the plans that hold their
    /// period, so that two concurrent drafts cannot both pass the check in code (written in the initial migration).
    /// </summary>
    public const string NoOverlapConstraint = "ex_development_plans_period";

    public static readonly DevelopmentPlanStatus[] HoldsItsPeriod =
        [DevelopmentPlanStatus.Draft, DevelopmentPlanStatus.Submitted, DevelopmentPlanStatus.Agreed, DevelopmentPlanStatus.FollowedUp, DevelopmentPlanStatus.Closed];

    /// <summary>An activity moves forward only: Planned → InProgress → Done, or Cancelled before it is done.</summary>
    public static StateMachine<PlanActivityStatus> Activity { get; } = new("plan activity");

    static PlanWorkflow()
    {
        Activity.Allow("started", [PlanActivityStatus.Planned], PlanActivityStatus.InProgress);
        Activity.Allow("done", [PlanActivityStatus.Planned, PlanActivityStatus.InProgress], PlanActivityStatus.Done);
        Activity.Allow("cancelled", [PlanActivityStatus.Planned, PlanActivityStatus.InProgress], PlanActivityStatus.Cancelled);
    }
}
