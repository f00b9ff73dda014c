using System.ComponentModel;
using GraphQL.Types;
using Kompetens.Api.Domain;
using Kompetens.Api.GraphQL.Mutations;

namespace Kompetens.Api.Competences;

// The domain errors only the mapping and the requirements return live here, next to the mutations that throw them.

[Description("The same requirement already stands: the same unit (or job title), competence, horizon and target date. Change that one, or withdraw it first.")]
public sealed class RequirementAlreadyStatedError(string? requirementId)
    : DomainError("The same requirement (unit or job title, competence, horizon and target date) already stands; change it or withdraw it first.", "REQUIREMENT_ALREADY_STATED")
{
    /// <summary>The global id of the requirement that already stands.</summary>
    public string? RequirementId { get; } = requirementId;
}

[Description("The mapping campaign's last day has passed: it takes no more assessments, even before HR closes it.")]
public sealed class MappingCampaignEndedError(DateOnly endsOn)
    : DomainError($"The mapping campaign ended on {endsOn:yyyy-MM-dd}; it takes no more assessments.", "MAPPING_CAMPAIGN_ENDED")
{
    public DateOnly EndsOn { get; } = endsOn;
}

public sealed class RequirementAlreadyStatedErrorType : ErrorGraphType<RequirementAlreadyStatedError>
{
    public RequirementAlreadyStatedErrorType() => Field(x => x.RequirementId, type: typeof(IdGraphType)).Description("The requirement that already stands.");
}

public sealed class MappingCampaignEndedErrorType : ErrorGraphType<MappingCampaignEndedError>
{
    public MappingCampaignEndedErrorType() => Field(x => x.EndsOn).Description("The campaign's last day.");
}
