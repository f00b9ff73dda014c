using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GraphQL;

namespace Kompetens.Api.Competences;

[Description("A manager (or HR) states a competence their unit needs.")]
public sealed class StateCompetenceRequirementInput
{
    [Id]
    [Description("The unit that needs the competence.")]
    public required string OrganisationUnitId { get; init; }

    [Id]
    [Description("The competence needed.")]
    public required string CompetenceId { get; init; }

    [Description("The level needed.")]
    public required int RequiredLevel { get; init; }

    [Description("How many people need it.")]
    public required int Headcount { get; init; }

    [Description("Whether the need is now or in the future.")]
    public required RequirementHorizon Horizon { get; init; }

    [Description("By when a future need must be met; required for the future horizon.")]
    public DateOnly? TargetDate { get; init; }

    [Id]
    [Description("The strategy goal that drives the need.")]
    public string? StrategyGoalId { get; init; }

    [MaxLength(4000)]
    [Description("Why the competence is needed.")]
    public string? Rationale { get; init; }
}

[Description("The unit's manager (or HR) changes a requirement that stands. A field left out stays as it is.")]
public sealed class ChangeCompetenceRequirementInput
{
    [Id]
    [Description("The requirement.")]
    public required string RequirementId { get; init; }

    [Description("The new level needed.")]
    public int? RequiredLevel { get; init; }

    [Description("The new number of people who need it.")]
    public int? Headcount { get; init; }

    [Description("Whether the need is now or in the future; a need moved to now loses its target date unless one is given.")]
    public RequirementHorizon? Horizon { get; init; }

    [Description("The new date by which a future need must be met.")]
    public DateOnly? TargetDate { get; init; }

    [Id]
    [Description("The strategy goal that now drives the need.")]
    public string? StrategyGoalId { get; init; }

    [MaxLength(4000)]
    [Description("The new reason the competence is needed.")]
    public string? Rationale { get; init; }
}

[Description("The unit's manager (or HR) withdraws a requirement that no longer applies: it is kept as history but no longer counts.")]
public sealed class WithdrawCompetenceRequirementInput
{
    [Id]
    [Description("The requirement.")]
    public required string RequirementId { get; init; }
}
