using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GraphQL;
using Kompetens.Api.GraphQL;

namespace Kompetens.Api.Competences;

[Description("HR adds a competence to the catalogue.")]
public sealed class CreateCompetenceInput
{
    [MaxLength(40)]
    [Description("The catalogue code, unique.")]
    public required string Code { get; init; }

    [Description("The name in sv/fi/en.")]
    public required LocalizedTextInput Name { get; init; }

    [MaxLength(4000)]
    [Description("What the competence means, in sv/fi/en.")]
    public LocalizedTextInput? Description { get; init; }

    [Description("Which of the policy's five dimensions it belongs to.")]
    public required CompetenceDimension Dimension { get; init; }

    [Id]
    [Description("The proficiency scale it is assessed on.")]
    public required string ScaleId { get; init; }

    [Id]
    [Description("The competence group it belongs under.")]
    public string? ParentId { get; init; }

    [Description("The matching ESCO concept.")]
    public string? EscoUri { get; init; }
}

[Description("HR changes a competence's texts or grouping.")]
public sealed class UpdateCompetenceInput
{
    [Id]
    [Description("The competence.")]
    public required string CompetenceId { get; init; }

    [Description("The new name, if it changes.")]
    public LocalizedTextInput? Name { get; init; }

    [MaxLength(4000)]
    [Description("The new description, if it changes.")]
    public LocalizedTextInput? Description { get; init; }

    [Description("The new ESCO concept, if it changes.")]
    public string? EscoUri { get; init; }
}

[Description("HR retires a competence: it stays readable for history but can no longer be assessed or required.")]
public sealed class RetireCompetenceInput
{
    [Id]
    [Description("The competence.")]
    public required string CompetenceId { get; init; }
}

[Description("HR merges a duplicate competence into another: its assessments, requirements, plan goals and trainings move over, and it is retired.")]
public sealed class MergeCompetencesInput
{
    [Id]
    [Description("The duplicate, which is retired.")]
    public required string SourceId { get; init; }

    [Id]
    [Description("The competence that is kept.")]
    public required string TargetId { get; init; }
}

[Description("HR adds a proficiency scale, for example one for languages.")]
public sealed class CreateProficiencyScaleInput
{
    [Description("The scale's code, unique.")]
    public required string Code { get; init; }

    [Description("The scale's name in sv/fi/en.")]
    public required LocalizedTextInput Name { get; init; }

    [Description("The scale's levels; level 0 means not needed.")]
    public required IReadOnlyList<ProficiencyLevelInput> Levels { get; init; }
}

[Description("One step of a proficiency scale.")]
public sealed class ProficiencyLevelInput
{
    [Description("The level's number, 0–10.")]
    public required int Level { get; init; }

    [Description("The level's short name in sv/fi/en.")]
    public required LocalizedTextInput Name { get; init; }

    [MaxLength(4000)]
    [Description("What a person at this level can do, in sv/fi/en.")]
    public LocalizedTextInput? Description { get; init; }
}
