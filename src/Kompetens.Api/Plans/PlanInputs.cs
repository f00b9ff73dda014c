using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GraphQL;

namespace Kompetens.Api.Plans;

[Description("A new individual development plan for the signed-in employee, as a draft.")]
public sealed class DraftDevelopmentPlanInput
{
    [Description("The first day of the plan's period.")]
    public required DateOnly PeriodStart { get; init; }

    [Description("The last day of the plan's period.")]
    public required DateOnly PeriodEnd { get; init; }

    [Id]
    [Description("The service-strategy goals the plan supports; at least one is needed before it can be agreed.")]
    public IReadOnlyList<string>? StrategyGoalIds { get; init; }

    [Description("The competences to develop.")]
    public IReadOnlyList<PlanGoalInput>? Goals { get; init; }

    [Description("What the employee will do to reach the goals.")]
    public IReadOnlyList<PlanActivityInput>? Activities { get; init; }
}

[Description("A goal of a development plan.")]
public sealed class PlanGoalInput
{
    [Id]
    [Description("The competence to develop.")]
    public required string CompetenceId { get; init; }

    [Description("The employee's level now.")]
    public required int CurrentLevel { get; init; }

    [Description("The level to reach; higher than the current level.")]
    public required int TargetLevel { get; init; }

    [Description("When the target level should be reached.")]
    public required DateOnly DueDate { get; init; }
}

[Description("An activity of a development plan.")]
public sealed class PlanActivityInput
{
    [Description("What kind of activity this is.")]
    public required PlanActivityKind Kind { get; init; }

    [MaxLength(4000)]
    [Description("What the employee will do.")]
    public required string Description { get; init; }

    [Id]
    [Description("The training event, for training activities.")]
    public string? TrainingEventId { get; init; }

    [Id]
    [Description("The team the employee works in, for team activities.")]
    public string? TeamId { get; init; }

    [Id]
    [Description("The employee's own job rotation, for rotation activities.")]
    public string? JobRotationId { get; init; }

    [Id]
    [Description("The competence of the plan goal this activity works towards; one of the plan's goals.")]
    public string? GoalCompetenceId { get; init; }

    [Description("When the activity starts.")]
    public DateOnly? StartsOn { get; init; }

    [Description("When the activity ends.")]
    public DateOnly? EndsOn { get; init; }

    [Description("What the activity costs, in euros.")]
    public decimal? Cost { get; init; }

    [Id]
    [Description("Who pays for the activity.")]
    public string? FundingSourceId { get; init; }
}

/// <summary>What every step on a plan names: the plan, and the version the client read.</summary>
public interface IDevelopmentPlanStep
{
    string PlanId { get; }

    long? Version { get; }
}

[Description("The employee submits their draft (or returned) plan to their manager.")]
public sealed class SubmitDevelopmentPlanInput : IDevelopmentPlanStep
{
    [Id]
    [Description("The plan.")]
    public required string PlanId { get; init; }

    [Description("The plan's `version` as the client read it; the step is refused if the plan changed since.")]
    public long? Version { get; init; }
}

[Description("The manager agrees a submitted plan that supports a service-strategy goal.")]
public sealed class AgreeDevelopmentPlanInput : IDevelopmentPlanStep
{
    [Id]
    [Description("The plan.")]
    public required string PlanId { get; init; }

    [Description("The plan's `version` as the client read it; the step is refused if the plan changed since.")]
    public long? Version { get; init; }
}

[Description("The manager returns a submitted plan to the employee, saying what to change.")]
public sealed class ReturnDevelopmentPlanInput : IDevelopmentPlanStep
{
    [Id]
    [Description("The plan.")]
    public required string PlanId { get; init; }

    [Description("The plan's `version` as the client read it; the step is refused if the plan changed since.")]
    public long? Version { get; init; }

    [MaxLength(4000)]
    [Description("What the employee should change; required.")]
    public string? Comment { get; init; }
}

[Description("The manager closes a plan whose period has ended.")]
public sealed class CloseDevelopmentPlanInput : IDevelopmentPlanStep
{
    [Id]
    [Description("The plan.")]
    public required string PlanId { get; init; }

    [Description("The plan's `version` as the client read it; the step is refused if the plan changed since.")]
    public long? Version { get; init; }
}

[Description("The employee withdraws their own draft plan; it is kept, withdrawn, and no longer counts as their plan for the period.")]
public sealed class WithdrawDevelopmentPlanInput : IDevelopmentPlanStep
{
    [Id]
    [Description("The plan.")]
    public required string PlanId { get; init; }

    [Description("The plan's `version` as the client read it; the step is refused if the plan changed since.")]
    public long? Version { get; init; }
}

[Description("A follow-up conversation held on an agreed plan, with how each goal went.")]
public sealed class RecordPlanFollowUpInput
{
    [Id]
    [Description("The plan.")]
    public required string PlanId { get; init; }

    [Description("When the follow-up was held.")]
    public required DateOnly HeldOn { get; init; }

    [MaxLength(8000)]
    [Description("What was noted.")]
    public required string Notes { get; init; }

    [Description("How the plan's goals stand after the conversation: achieved, not achieved, still in progress or dropped.")]
    public IReadOnlyList<PlanGoalOutcomeInput>? Goals { get; init; }
}

[Description("Where one goal of a plan stands at a follow-up.")]
public sealed class PlanGoalOutcomeInput
{
    [Id]
    [Description("The goal.")]
    public required string GoalId { get; init; }

    [Description("The goal's status after the follow-up.")]
    public required PlanGoalStatus Status { get; init; }
}

[Description("The employee edits their draft plan (a returned plan is a draft again): what is given replaces what the plan had.")]
public sealed class UpdateDevelopmentPlanInput : IDevelopmentPlanStep
{
    [Id]
    [Description("The plan.")]
    public required string PlanId { get; init; }

    [Description("The plan's `version` as the client read it; the edit is refused if the plan changed since.")]
    public long? Version { get; init; }

    [Description("A new first day of the plan's period.")]
    public DateOnly? PeriodStart { get; init; }

    [Description("A new last day of the plan's period.")]
    public DateOnly? PeriodEnd { get; init; }

    [Id]
    [Description("The service-strategy goals the plan supports, replacing the plan's links.")]
    public IReadOnlyList<string>? StrategyGoalIds { get; init; }

    [Description("The plan's goals, replacing the ones it had.")]
    public IReadOnlyList<PlanGoalInput>? Goals { get; init; }

    [Description("The plan's activities, replacing the ones it had.")]
    public IReadOnlyList<PlanActivityInput>? Activities { get; init; }
}

[Description("The employee or their manager moves a plan activity along: Planned → InProgress → Done, or Cancelled.")]
public sealed class UpdatePlanActivityStatusInput
{
    [Id]
    [Description("The activity.")]
    public required string ActivityId { get; init; }

    [Description("The new status.")]
    public required PlanActivityStatus Status { get; init; }
}
