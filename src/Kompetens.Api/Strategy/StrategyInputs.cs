using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GraphQL;
using Kompetens.Api.GraphQL;

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

[Description("HR records a vision, goal, service strategy (or one of its goals) or the quality tool the city has adopted.")]
public sealed class CreateStrategyItemInput
{
    [Description("What kind of item it is.")]
    public required StrategyItemKind Kind { get; init; }

    [Description("The title in sv/fi/en.")]
    public required LocalizedTextInput Title { get; init; }

    [MaxLength(4000)]
    [Description("The item's text in sv/fi/en.")]
    public LocalizedTextInput? Description { get; init; }

    [Id]
    [Description("The item this one belongs under, for example the vision a goal serves.")]
    public string? ParentId { get; init; }

    [MaxLength(400)]
    [Description("The decision that adopted it, for example Stadsstyrelsen 14.4.2025 § 112; required for the quality tool.")]
    public string? DecisionReference { get; init; }

    [Description("From when the item applies.")]
    public DateOnly? ValidFrom { get; init; }

    [Description("Until when the item applies; not before validFrom.")]
    public DateOnly? ValidTo { get; init; }
}

[Description("HR changes a strategy item: its texts, its place in the hierarchy, its decision or its validity. A field left out stays as it is.")]
public sealed class UpdateStrategyItemInput
{
    [Id]
    [Description("The strategy item.")]
    public required string StrategyItemId { get; init; }

    [Description("The new title, if it changes.")]
    public LocalizedTextInput? Title { get; init; }

    [MaxLength(4000)]
    [Description("The new text, if it changes.")]
    public LocalizedTextInput? Description { get; init; }

    [Id]
    [Description("The new item it belongs under, if it moves; never itself or an item below it.")]
    public string? ParentId { get; init; }

    [MaxLength(400)]
    [Description("The new decision reference, if it changes; an empty text clears it (never for the quality tool, which keeps its board decision).")]
    public string? DecisionReference { get; init; }

    [Description("The new first day it applies, if it changes.")]
    public DateOnly? ValidFrom { get; init; }

    [Description("The new last day it applies, if it changes.")]
    public DateOnly? ValidTo { get; init; }
}

[Description("HR retires a strategy item: it stops applying after its last day and stays readable as history.")]
public sealed class RetireStrategyItemInput
{
    [Id]
    [Description("The strategy item.")]
    public required string StrategyItemId { get; init; }

    [Description("The last day it applies; today when left out.")]
    public DateOnly? LastDay { get; init; }
}

[Description("HR records a source of money for competence development; it starts as being investigated.")]
public sealed class CreateFundingSourceInput
{
    [Description("The funding's name in sv/fi/en.")]
    public required LocalizedTextInput Name { get; init; }

    [Description("Where the money comes from.")]
    public required FundingSourceKind Kind { get; init; }

    [MaxLength(400)]
    [Description("The funding programme, for example ESF+ 2021–2027.")]
    public string? Programme { get; init; }

    [MaxLength(400)]
    [Description("The funder's project or case number.")]
    public string? ProjectCode { get; init; }

    [Description("The amount applied for, in euros; not negative.")]
    public decimal? AppliedAmount { get; init; }

    [Description("The amount granted, in euros; not negative.")]
    public decimal? GrantedAmount { get; init; }

    [Description("From when the money can be used.")]
    public DateOnly? ValidFrom { get; init; }

    [Description("Until when the money can be used; not before validFrom.")]
    public DateOnly? ValidTo { get; init; }
}

[Description("HR changes a funding source's details; its status moves with changeFundingSourceStatus. A field left out stays as it is.")]
public sealed class UpdateFundingSourceInput
{
    [Id]
    [Description("The funding source.")]
    public required string FundingSourceId { get; init; }

    [Description("The new name, if it changes.")]
    public LocalizedTextInput? Name { get; init; }

    [Description("Where the money comes from, if it changes.")]
    public FundingSourceKind? Kind { get; init; }

    [MaxLength(400)]
    [Description("The new funding programme, if it changes.")]
    public string? Programme { get; init; }

    [MaxLength(400)]
    [Description("The new project or case number, if it changes.")]
    public string? ProjectCode { get; init; }

    [Description("The new amount applied for, in euros; not negative.")]
    public decimal? AppliedAmount { get; init; }

    [Description("The new amount granted, in euros; not negative.")]
    public decimal? GrantedAmount { get; init; }

    [Description("The new first day the money can be used.")]
    public DateOnly? ValidFrom { get; init; }

    [Description("The new last day the money can be used; not before validFrom.")]
    public DateOnly? ValidTo { get; init; }
}
