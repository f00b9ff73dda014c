namespace Kompetens.Api.Security;

/// <summary>
/// Finds the employee behind a user token. The organisation feature, which owns people and units, implements it,
/// so that security depends on no feature.
/// </summary>
public interface IEmployeeDirectory
{
    /// <summary>
    /// The employee with this Entra object id who still works for the city — active or on leave (parental and study
    /// leave are when people plan their development) — and the units they manage, or null. Only people with no
    /// current employment (Terminated) are nobody.
    /// </summary>
    Task<EmployeeIdentity?> FindEmployedAsync(Guid entraObjectId, CancellationToken cancellationToken);
}

/// <summary>
/// An employee as a caller: their id, employee number (for the audit log), every unit they manage or that lies below
/// one, the teams they are a current member of, the people they may see as colleagues, the units they work in
/// (those of their current employments and every unit above them), and the language they read.
/// </summary>
public sealed record EmployeeIdentity(Guid Id, string Number, IReadOnlyList<Guid> ManagedUnitIds, IReadOnlyList<Guid> TeamIds, IReadOnlyList<Guid> ColleagueIds, IReadOnlyList<Guid> WorkUnitIds, string PreferredLanguage);
