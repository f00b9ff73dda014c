using Kompetens.Api.Data;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.Collaboration;

/// <summary>A team formed around a task, often across administrations and departments (förvaltnings- och avdelningsgränser).</summary>
public sealed class Team : Entity
{
    public required string Name { get; set; }
    public required string Task { get; set; }
    public TeamKind Kind { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    /// <summary>The units the team spans.</summary>
    public List<OrganisationUnit> Units { get; set; } = [];
    public List<TeamMembership> Members { get; set; } = [];
}

public enum TeamKind { CrossUnitTeam, Project, QualityGroup }
