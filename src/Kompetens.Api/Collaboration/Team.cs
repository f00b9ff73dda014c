using System.ComponentModel;
using Kompetens.Api.Data;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.Collaboration;

/// <summary>A team formed around a task, often across administrations and departments (förvaltnings- och avdelningsgränser).</summary>
public sealed class Team : Entity
{
    public required LocalizedText Name { get; set; }
    public required string Task { get; set; }
    public TeamKind Kind { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    /// <summary>The units the team spans.</summary>
    public List<OrganisationUnit> Units { get; set; } = [];
    public List<TeamMembership> Members { get; set; } = [];
}

[Description("What kind of team this is.")]
public enum TeamKind
{
    [Description("A team across administrations or departments for a task.")]
    CrossUnitTeam,

    [Description("A project with a set goal and end.")]
    Project,

    [Description("A group working with the city's common quality tool.")]
    QualityGroup,
}
