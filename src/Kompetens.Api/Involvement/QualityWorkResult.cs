using Kompetens.Api.Data;
using Kompetens.Api.Organisation;
using Kompetens.Api.Strategy;

namespace Kompetens.Api.Involvement;

/// <summary>
/// A unit's result of quality work (kvalitetsarbete) for a period, under the common quality tool the city board
/// approved (a <see cref="StrategyItemKind.QualityTool"/> strategy item, such as CAF): the summary, an optional score
/// and assessment, and the improvement actions the unit decided on.
/// </summary>
public sealed class QualityWorkResult : Entity
{
    /// <summary>One result per unit, tool and period; the unique index that holds it when two are recorded at once.</summary>
    public const string OnePerPeriodIndex = "ux_quality_work_results_one_per_period";

    public Guid OrganisationUnitId { get; set; }
    public OrganisationUnit OrganisationUnit { get; set; } = null!;
    public Guid QualityToolId { get; set; }
    public StrategyItem QualityTool { get; set; } = null!;
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public required string Summary { get; set; }

    /// <summary>The overall score the tool gives, on the tool's own scale (CAF: 0–100), if it gives one.</summary>
    public decimal? Score { get; set; }

    /// <summary>The overall assessment in words, if the tool asks for one.</summary>
    public string? Assessment { get; set; }
    public string? ImprovementActions { get; set; }
}
