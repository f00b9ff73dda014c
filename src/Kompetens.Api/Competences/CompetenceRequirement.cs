using System.ComponentModel;
using Kompetens.Api.Data;
using Kompetens.Api.Organisation;
using Kompetens.Api.Strategy;

namespace Kompetens.Api.Competences;

/// <summary>A competence the city needs: in a unit or for a job title, at a level, for a number of people, now or by a future date.</summary>
public sealed class CompetenceRequirement : Entity
{
    public Guid? OrganisationUnitId { get; set; }
    public OrganisationUnit? OrganisationUnit { get; set; }
    public string? JobTitle { get; set; }
    public Guid CompetenceId { get; set; }
    public Competence Competence { get; set; } = null!;
    public int RequiredLevel { get; set; }
    public int Headcount { get; set; }
    public RequirementHorizon Horizon { get; set; }
    public DateOnly? TargetDate { get; set; }
    public Guid? StrategyGoalId { get; set; }
    public StrategyItem? StrategyGoal { get; set; }
    public string? Rationale { get; set; }

    /// <summary>When the unit's manager or HR withdrew it: it stays as history but no longer counts in gaps, analytics or the annual plan.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }
}

[Description("When a competence is needed.")]
public enum RequirementHorizon
{
    [Description("Needed today.")]
    Now,

    [Description("Needed by a future target date.")]
    Future,
}
