using System.ComponentModel;
using Kompetens.Api.Data;
using Kompetens.Api.Involvement;

namespace Kompetens.Api.Organisation;

/// <summary>A unit of the city's organisation as payroll knows it: the city, an administration (förvaltning), a department (avdelning) or a workplace.</summary>
public sealed class OrganisationUnit : Entity
{
    /// <summary>The payroll system's code for the unit; the natural key used by sync.</summary>
    public required string Code { get; set; }

    /// <summary>The unit's name as payroll has it: Swedish always, Finnish and English when payroll has them.</summary>
    public required LocalizedText Name { get; set; }
    public OrganisationUnitKind Kind { get; set; }
    public Guid? ParentId { get; set; }
    public OrganisationUnit? Parent { get; set; }
    public Guid? ManagerId { get; set; }
    public Employee? Manager { get; set; }

    /// <summary>Payroll's employee number of the manager; resolved to <see cref="ManagerId"/> as soon as that employee is synced.</summary>
    public string? ManagerEmployeeNumber { get; set; }

    /// <summary>The day the unit was closed (missing from a full unit sync); null while it is open. A closed unit is never deleted.</summary>
    public DateOnly? ClosedOn { get; set; }

    /// <summary>The payroll record's content hash at the last sync.</summary>
    public string? SyncHash { get; set; }
    public List<OrganisationUnit> Children { get; set; } = [];
    public List<Employee> Employees { get; set; } = [];
    public List<Employment> Employments { get; set; } = [];

    /// <summary>The improvement proposals that concern the unit.</summary>
    public List<ImprovementProposal> ImprovementProposals { get; set; } = [];

    /// <summary>The unit's results of quality work.</summary>
    public List<QualityWorkResult> QualityWorkResults { get; set; } = [];
}

[Description("The level of a unit in the city's organisation.")]
public enum OrganisationUnitKind
{
    [Description("The city as a whole, the top of the organisation.")]
    City,

    [Description("An administration (förvaltning), such as education or social services.")]
    Administration,

    [Description("A department (avdelning) of an administration.")]
    Department,

    [Description("A workplace, such as a school, day-care centre or home-care area.")]
    Workplace,
}
