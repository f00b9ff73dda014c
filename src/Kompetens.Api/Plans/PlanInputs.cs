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

[Description("A step in a development plan's workflow.")]
public sealed class DevelopmentPlanStepInput
{
    [Id]
    [Description("The plan.")]
    public required string PlanId { get; init; }

    [Description("The plan's `version` as the client read it; the step is refused if the plan changed since.")]
    public long? Version { get; init; }

    [MaxLength(4000)]
    [Description("The manager's comment, required when returning a plan.")]
    public string? Comment { get; init; }
}

[Description("A follow-up conversation held on an agreed plan.")]
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
