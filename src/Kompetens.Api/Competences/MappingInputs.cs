using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GraphQL;
using Kompetens.Api.GraphQL;

namespace Kompetens.Api.Competences;

[Description("HR opens a competence mapping for some units, optionally some competences, and a period.")]
public sealed class OpenMappingCampaignInput
{
    [Description("The campaign's name in sv/fi/en.")]
    public required LocalizedTextInput Name { get; init; }

    [MaxLength(4000)]
    [Description("What the campaign is for, in sv/fi/en.")]
    public LocalizedTextInput? Description { get; init; }

    [Description("The first day assessments can be made.")]
    public required DateOnly StartsOn { get; init; }

    [Description("The last day assessments can be made.")]
    public required DateOnly EndsOn { get; init; }

    [Id]
    [Description("The units in scope; the units below them are included.")]
    public required IReadOnlyList<string> UnitIds { get; init; }

    [Id]
    [Description("The competences the campaign covers; leave out (or empty) to cover every competence.")]
    public IReadOnlyList<string>? CompetenceIds { get; init; }

    [Id]
    [Description("Where the money for the mapping comes from.")]
    public string? FundingSourceId { get; init; }
}

[Description("HR changes a planned or open competence mapping: its name, units, competences or dates. A field left out stays as it is; a list given replaces the campaign's.")]
public sealed class ChangeMappingCampaignInput
{
    [Id]
    [Description("The campaign.")]
    public required string CampaignId { get; init; }

    [Description("The new name, if it changes.")]
    public LocalizedTextInput? Name { get; init; }

    [MaxLength(4000)]
    [Description("The new description, if it changes.")]
    public LocalizedTextInput? Description { get; init; }

    [Description("The new first day assessments can be made.")]
    public DateOnly? StartsOn { get; init; }

    [Description("The new last day assessments can be made.")]
    public DateOnly? EndsOn { get; init; }

    [Id]
    [Description("The units in scope, replacing the campaign's; at least one.")]
    public IReadOnlyList<string>? UnitIds { get; init; }

    [Id]
    [Description("The competences the campaign covers, replacing the campaign's; empty to cover every competence.")]
    public IReadOnlyList<string>? CompetenceIds { get; init; }
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
