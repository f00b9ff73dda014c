using Kompetens.Api.Data;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.Strategy;

/// <summary>An employee has read a strategy item (all staff know the city's visions and goals).</summary>
public sealed class StrategyAcknowledgement : Entity
{
    public Guid EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public Guid StrategyItemId { get; set; }
    public StrategyItem StrategyItem { get; set; } = null!;
    public DateTimeOffset AcknowledgedAt { get; set; }
}
