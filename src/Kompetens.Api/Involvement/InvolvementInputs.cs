using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GraphQL;

namespace Kompetens.Api.Involvement;

[Description("The signed-in employee submits an improvement proposal for her unit, or for another unit it concerns.")]
public sealed class SubmitImprovementProposalInput
{
    [MaxLength(200)]
    [Description("The proposal in a few words.")]
    public required string Title { get; init; }

    [MaxLength(8000)]
    [Description("The problem seen and the improvement proposed.")]
    public required string Description { get; init; }

    [Id]
    [Description("The unit the proposal concerns; the employee's own unit if left out.")]
    public string? OrganisationUnitId { get; init; }

    [Id]
    [Description("A competence the proposal develops or needs, if any.")]
    public string? CompetenceId { get; init; }

    [Id]
    [Description("A goal, strategy or quality tool of the city the proposal serves, if any.")]
    public string? StrategyItemId { get; init; }
}

[Description("The unit's manager takes a submitted proposal up for review.")]
public sealed class ReviewImprovementProposalInput
{
    [Id]
    [Description("The proposal.")]
    public required string ProposalId { get; init; }
}

[Description("The unit's manager accepts a proposal, answering the proposer.")]
public sealed class AcceptImprovementProposalInput
{
    [Id]
    [Description("The proposal.")]
    public required string ProposalId { get; init; }

    [MaxLength(4000)]
    [Description("The answer to the proposer: what will be done, and when.")]
    public required string Response { get; init; }
}

[Description("The unit's manager rejects a proposal, saying why.")]
public sealed class RejectImprovementProposalInput
{
    [Id]
    [Description("The proposal.")]
    public required string ProposalId { get; init; }

    [MaxLength(4000)]
    [Description("Why the proposal is not taken forward; the proposer reads it.")]
    public required string Response { get; init; }
}

[Description("The unit's manager records that an accepted proposal has been carried out.")]
public sealed class ImplementImprovementProposalInput
{
    [Id]
    [Description("The proposal.")]
    public required string ProposalId { get; init; }
}

[Description("The proposer withdraws her proposal while it is still only submitted.")]
public sealed class WithdrawImprovementProposalInput
{
    [Id]
    [Description("The proposal.")]
    public required string ProposalId { get; init; }
}

[Description("The unit's manager records the unit's result of quality work for a period under the common quality tool.")]
public sealed class RecordQualityWorkResultInput
{
    [Id]
    [Description("The unit whose quality work it is.")]
    public required string OrganisationUnitId { get; init; }

    [Id]
    [Description("The quality tool followed: a strategy item of kind QUALITY_TOOL.")]
    public required string QualityToolId { get; init; }

    [Description("The first day of the period, for example 2026-01-01 for the year 2026.")]
    public required DateOnly PeriodStart { get; init; }

    [Description("The last day of the period, for example 2026-12-31 for the year 2026.")]
    public required DateOnly PeriodEnd { get; init; }

    [MaxLength(8000)]
    [Description("What the quality work found.")]
    public required string Summary { get; init; }

    [Description("The overall score on the tool's own scale, if it gives one; not negative.")]
    public decimal? Score { get; init; }

    [MaxLength(4000)]
    [Description("The overall assessment in words, if the tool asks for one.")]
    public string? Assessment { get; init; }

    [MaxLength(8000)]
    [Description("The improvement actions the unit decided on.")]
    public string? ImprovementActions { get; init; }
}
