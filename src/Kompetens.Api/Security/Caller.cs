using Kompetens.Api.Data;

namespace Kompetens.Api.Security;

/// <summary>
/// Who is calling, resolved once per request from the token and the organisation data: an employee (by the
/// token's <c>oid</c>, while employed: Active or OnLeave) and the units they manage, and/or the app roles the token carries.
/// </summary>
public sealed record Caller
{
    public static Caller Nobody { get; } = new();

    /// <summary>The calling employee, for user tokens that map to an employee who is active or on leave.</summary>
    public Guid? EmployeeId { get; init; }

    /// <summary>The units the employee manages and every unit below them.</summary>
    public IReadOnlyList<Guid> ManagedUnitIds { get; init; } = [];

    /// <summary>The units the employee works in: those of their current employments and every unit above them.</summary>
    public IReadOnlyList<Guid> WorkUnitIds { get; init; } = [];

    /// <summary>The teams the employee is a current member of.</summary>
    public IReadOnlyList<Guid> TeamIds { get; init; } = [];

    /// <summary>The people the employee may see as colleagues (see <see cref="RowAccess.Colleagues"/>).</summary>
    public IReadOnlyList<Guid> ColleagueIds { get; init; } = [];

    /// <summary>The language the calling employee reads (payroll's <c>preferredLanguage</c>): the default of their requests.</summary>
    public string? PreferredLanguage { get; init; }

    public bool IsAdmin { get; init; }

    /// <summary>The payroll daemon (an app-only token with the sync role).</summary>
    public bool IsPayroll { get; init; }

    public bool IsAnalytics { get; init; }

    /// <summary>How the audit log names the caller: <c>employee:E10042</c> or <c>app:{client id}</c>.</summary>
    public string Actor { get; init; } = "anonymous";

    public bool IsEmployee => EmployeeId is not null;

    /// <summary>The rows this caller may read, applied by the row filters in SQL (<see cref="RowRules"/>).</summary>
    public RowAccess RowAccess => new()
    {
        AllPeople = IsAdmin || IsPayroll,
        AllPersonalData = IsAdmin,
        AllUnitRecords = IsAdmin || IsAnalytics,
        Self = EmployeeId ?? Guid.Empty,
        ManagedUnits = [.. ManagedUnitIds],
        WorkUnits = [.. WorkUnitIds],
        Teams = [.. TeamIds],
        Colleagues = [.. ColleagueIds],
    };
}
