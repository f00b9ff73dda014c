using Kompetens.Api.Data;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.Collaboration;

/// <summary>An employee's membership of a team, with a role and a period.</summary>
public sealed class TeamMembership : Entity
{
    public Guid TeamId { get; set; }
    public Team Team { get; set; } = null!;
    public Guid EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public required string Role { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
}
