using System.ComponentModel;
using GraphQL;

namespace Kompetens.Api.Strategy;

[Description("The signed-in employee confirms having read a strategy item.")]
public sealed class AcknowledgeStrategyItemInput
{
    [Id]
    [Description("The strategy item read.")]
    public required string StrategyItemId { get; init; }
}

[Description("HR moves a funding source along: Investigating → Applied → Granted or Rejected.")]
public sealed class ChangeFundingSourceStatusInput
{
    [Id]
    [Description("The funding source.")]
    public required string FundingSourceId { get; init; }

    [Description("The new status.")]
    public required FundingSourceStatus Status { get; init; }

    [Description("The amount applied for, in euros (when applying).")]
    public decimal? AppliedAmount { get; init; }

    [Description("The amount granted, in euros (when granted).")]
    public decimal? GrantedAmount { get; init; }
}
