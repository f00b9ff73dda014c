using System.ComponentModel;
using Kompetens.Api.Data;

namespace Kompetens.Api.Strategy;

/// <summary>A vision, goal, service strategy or quality tool adopted by the city, in a hierarchy.</summary>
public sealed class StrategyItem : Entity
{
    public StrategyItemKind Kind { get; set; }
    public required LocalizedText Title { get; set; }
    public LocalizedText? Description { get; set; }
    public Guid? ParentId { get; set; }
    public StrategyItem? Parent { get; set; }
    public List<StrategyItem> Children { get; set; } = [];

    /// <summary>The decision that adopted it, for example a city board decision (stadsstyrelsen § 123/2026).</summary>
    public string? DecisionReference { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    /// <summary>Whether the item still applies on <paramref name="today"/>: a retired one is history, never a new plan's goal or read anew.</summary>
    public bool IsRetiredOn(DateOnly today) => ValidTo < today;
    public List<StrategyAcknowledgement> Acknowledgements { get; set; } = [];
}

[Description("What kind of strategy item this is.")]
public enum StrategyItemKind
{
    [Description("The city's vision.")]
    Vision,

    [Description("A goal adopted by the city.")]
    Goal,

    [Description("The service strategy, or one of its goals; plans are based on it.")]
    ServiceStrategy,

    [Description("The common quality tool approved by the city board.")]
    QualityTool,
}
