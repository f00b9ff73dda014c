namespace Kompetens.Api.Data;

/// <summary>
/// The parameters of the row filters (<c>Security/RowRules</c>) for one <see cref="KompetensDbContext"/>: whose
/// rows a query may reach. Managers reach the people of the units they manage and below; everyone reaches their own.
/// </summary>
public sealed class RowAccess
{
    /// <summary>Nothing but what is not personal: the default for a context nobody set up.</summary>
    public static RowAccess None { get; } = new();

    /// <summary>
    /// Every row, past the filters: for the service's own work (migrations, seeding, finding the caller behind a
    /// token) and for aggregates whose output names no person, once the caller's right to them has been checked.
    /// </summary>
    public static RowAccess Unfiltered { get; } = new() { AllPeople = true, AllPersonalData = true, AllUnitRecords = true };

    /// <summary>Every employee's master data (HR and payroll).</summary>
    public bool AllPeople { get; init; }

    /// <summary>Every employee's competence and development data (HR).</summary>
    public bool AllPersonalData { get; init; }

    /// <summary>
    /// Every unit's own records that name no person (quality-work results): HR and BI tools, which read unit-level
    /// data but never a person's.
    /// </summary>
    public bool AllUnitRecords { get; init; }

    /// <summary>The calling employee, or <see cref="Guid.Empty"/>.</summary>
    public Guid Self { get; init; }

    /// <summary>The units the caller manages, and every unit below them.</summary>
    public List<Guid> ManagedUnits { get; init; } = [];

    /// <summary>
    /// The units the caller works in: those of their current employments and every unit above them. The caller is on
    /// the staff of these units and sees what the unit shares with its staff (its quality work, its proposals).
    /// </summary>
    public List<Guid> WorkUnits { get; init; } = [];

    /// <summary>The teams the caller is a current member of: their members see each other's memberships.</summary>
    public List<Guid> Teams { get; init; } = [];

    /// <summary>
    /// The people the caller may see as colleagues (name, unit, job title): members of a shared current team, the
    /// managers of the caller's units, who assessed the caller, and people rotating into units the caller manages.
    /// </summary>
    public List<Guid> Colleagues { get; init; } = [];

    /// <summary>The day the rules are applied on (which employments are current), from the service's clock.</summary>
    public DateOnly Today { get; init; }

    /// <summary>The same access, on <paramref name="today"/>.</summary>
    public RowAccess On(DateOnly today) => new() { AllPeople = AllPeople, AllPersonalData = AllPersonalData, AllUnitRecords = AllUnitRecords, Self = Self, ManagedUnits = ManagedUnits, WorkUnits = WorkUnits, Teams = Teams, Colleagues = Colleagues, Today = today };
}
