using Kompetens.Api.Data;

namespace Kompetens.Api.Organisation;

/// <summary>
/// One post (anställning) a person holds in a unit, as payroll has it. A person may hold several at once (two
/// part-time posts in different units) and they change over time; ended ones are kept as history.
/// </summary>
public sealed class Employment : Entity
{
    public Guid EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public Guid OrganisationUnitId { get; set; }
    public OrganisationUnit OrganisationUnit { get; set; } = null!;
    public string? JobTitle { get; set; }
    public DateOnly StartDate { get; set; }

    /// <summary>The last day of the post; null while it has no known end.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>The post the person's unit, job title and status are taken from when they hold several.</summary>
    public bool Primary { get; set; }

    /// <summary>Working time of the post as a percentage of full time (1–100).</summary>
    public int ExtentPercent { get; set; } = 100;

    /// <summary>Whether the post is held on <paramref name="day"/>.</summary>
    public bool IsCurrentOn(DateOnly day) => StartDate <= day && (EndDate == null || EndDate >= day);
}
