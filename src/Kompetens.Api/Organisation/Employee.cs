using System.ComponentModel;
using Kompetens.Api.Competences;
using Kompetens.Api.Data;
using Kompetens.Api.Involvement;
using Kompetens.Api.Plans;
using Kompetens.Api.Trainings;
using Kompetens.Api.Collaboration;
using Kompetens.Api.Strategy;
using Kompetens.Api.Security;

namespace Kompetens.Api.Organisation;

/// <summary>A person employed by the city, synced from payroll.</summary>
public sealed class Employee : Entity, IPerson
{
    /// <summary>Payroll's employee number; the natural key used by sync.</summary>
    public required string EmployeeNumber { get; set; }

    /// <summary>The person's Entra ID object id (the token's <c>oid</c>); links a signed-in user to this record.</summary>
    public Guid? EntraObjectId { get; set; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public string? Email { get; set; }

    /// <summary>Two-letter language code: sv, fi or en.</summary>
    public string PreferredLanguage { get; set; } = "sv";

    // Unit, job title, status and employment period are derived from the employments (Organisation/Employments.cs)
    // and stored, so that filters, sorting and row access stay plain SQL; the payroll sync keeps them up to date.

    /// <summary>The job title of the current primary employment (or of the last one).</summary>
    public string? JobTitle { get; set; }

    /// <summary>The unit of the current primary employment (or of the last one, once every employment has ended).</summary>
    public Guid OrganisationUnitId { get; set; }
    public OrganisationUnit OrganisationUnit { get; set; } = null!;

    /// <summary>Terminated when no employment is current; otherwise Active (or OnLeave).</summary>
    public EmployeeStatus Status { get; set; }

    /// <summary>The first day of the earliest employment.</summary>
    public DateOnly EmploymentStartDate { get; set; }

    /// <summary>The last day of the latest employment, when every employment has a known end.</summary>
    public DateOnly? EmploymentEndDate { get; set; }

    /// <summary>The payroll record's content hash at the last sync: an identical record writes nothing.</summary>
    public string? SyncHash { get; set; }

    public List<Employment> Employments { get; set; } = [];

    /// <summary>The employee's own choice to be findable by colleagues looking for a competence (competenceHolders).</summary>
    public bool FindableByCompetence { get; set; }

    public List<CompetenceAssessment> Assessments { get; set; } = [];
    public List<DevelopmentPlan> DevelopmentPlans { get; set; } = [];
    public List<Enrolment> Enrolments { get; set; } = [];
    public List<TeamMembership> TeamMemberships { get; set; } = [];
    public List<JobRotation> JobRotations { get; set; } = [];
    public List<StrategyAcknowledgement> StrategyAcknowledgements { get; set; } = [];

    /// <summary>The improvement proposals the employee made.</summary>
    public List<ImprovementProposal> ImprovementProposals { get; set; } = [];
}

[Description("Whether an employee currently works for the city.")]
public enum EmployeeStatus
{
    [Description("Employed and at work.")]
    Active,

    [Description("Employed but on leave, for example parental or study leave.")]
    OnLeave,

    [Description("The employment has ended; the history is kept.")]
    Terminated,
}
