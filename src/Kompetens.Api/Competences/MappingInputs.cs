using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GraphQL;

namespace Kompetens.Api.Competences;

[Description("HR opens a competence mapping for some units and a period.")]
public sealed class OpenMappingCampaignInput
{
    [Description("The campaign's name.")]
    public required string Name { get; init; }

    [MaxLength(4000)]
    [Description("What the campaign is for.")]
    public string? Description { get; init; }

    [Description("The first day assessments can be made.")]
    public required DateOnly StartsOn { get; init; }

    [Description("The last day assessments can be made.")]
    public required DateOnly EndsOn { get; init; }

    [Id]
    [Description("The units in scope; the units below them are included.")]
    public required IReadOnlyList<string> UnitIds { get; init; }

    [Id]
    [Description("Where the money for the mapping comes from.")]
    public string? FundingSourceId { get; init; }
}

[Description("HR closes an open competence mapping.")]
public sealed class CloseMappingCampaignInput
{
    [Id]
    [Description("The campaign.")]
    public required string CampaignId { get; init; }
}

[Description("An assessment of an employee's level in a competence: by the employee themself, or by their manager.")]
public sealed class AssessCompetenceInput
{
    [Id]
    [Description("The competence.")]
    public required string CompetenceId { get; init; }

    [Description("The level on the competence's scale.")]
    public required int Level { get; init; }

    [Id]
    [Description("The employee assessed — an Employee id, or the Colleague id of a colleague one works with (peer input); leave out to assess yourself.")]
    public string? EmployeeId { get; init; }

    [Id]
    [Description("The open mapping campaign the assessment belongs to, if any.")]
    public string? CampaignId { get; init; }

    [MaxLength(4000)]
    [Description("The assessor's comment.")]
    public string? Comment { get; init; }
}

[Description("A manager states a competence their unit needs.")]
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
