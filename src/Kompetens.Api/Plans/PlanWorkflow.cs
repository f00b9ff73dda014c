namespace Kompetens.Api.Plans;

/// <summary>
/// The life of an individual development plan, as a table: which step is allowed from which status, who takes
/// it, and where it leads. Every other step is refused with <c>INVALID_TRANSITION</c>. docs/workflows.md shows the
/// same table.
/// </summary>
public static class PlanWorkflow
{
    public enum Actor { Owner, Manager }

    public sealed record Step(string Action, DevelopmentPlanStatus[] From, DevelopmentPlanStatus To, Actor By);

    public static readonly Step Submit = new("submitted", [DevelopmentPlanStatus.Draft], DevelopmentPlanStatus.Submitted, Actor.Owner);
    public static readonly Step Agree = new("agreed", [DevelopmentPlanStatus.Submitted], DevelopmentPlanStatus.Agreed, Actor.Manager);
    public static readonly Step Return = new("returned", [DevelopmentPlanStatus.Submitted], DevelopmentPlanStatus.Draft, Actor.Manager);
    public static readonly Step FollowUp = new("followed up", [DevelopmentPlanStatus.Agreed, DevelopmentPlanStatus.FollowedUp], DevelopmentPlanStatus.FollowedUp, Actor.Manager);
    public static readonly Step Close = new("closed", [DevelopmentPlanStatus.Agreed, DevelopmentPlanStatus.FollowedUp], DevelopmentPlanStatus.Closed, Actor.Manager);

    public static IReadOnlyList<Step> Steps { get; } = [Submit, Agree, Return, FollowUp, Close];
}
