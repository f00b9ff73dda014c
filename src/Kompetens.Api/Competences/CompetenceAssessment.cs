using System.ComponentModel;
using Kompetens.Api.Data;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.Competences;

/// <summary>One statement of an employee's level in a competence. Append-only: a new assessment never replaces an old row.</summary>
public sealed class CompetenceAssessment : Entity
{
    public Guid EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public Guid CompetenceId { get; set; }
    public Competence Competence { get; set; } = null!;
    public int Level { get; set; }
    public AssessorKind Assessor { get; set; }

    /// <summary>The person who made the assessment (the employee, their manager); empty for evidence.</summary>
    public Guid? AssessedById { get; set; }
    public Employee? AssessedBy { get; set; }
    public Guid? CampaignId { get; set; }
    public MappingCampaign? Campaign { get; set; }
    public DateTimeOffset AssessedAt { get; set; }
    public string? Comment { get; set; }

    /// <summary>What proves an evidence assessment, such as a completed training.</summary>
    public string? Evidence { get; set; }
}

[Description("Who made a competence assessment.")]
public enum AssessorKind
{
    [Description("The employee assessed themself.")]
    Self,

    [Description("The employee's manager assessed them.")]
    Manager,

    [Description("Recorded from evidence, such as a completed training or rotation.")]
    Evidence,

    [Description("A colleague or team lead who works with the employee assessed them; counts above a self-assessment, never above the manager's or evidence.")]
    Peer,
}
