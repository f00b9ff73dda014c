namespace Kompetens.Api.Security;

/// <summary>
/// Finds the employee behind a user token. The organisation feature, which owns people and units, implements it,
/// so that security depends on no feature.
/// </summary>
public interface IEmployeeDirectory
{
    /// <summary>The active employee with this Entra object id and the units they manage, or null.</summary>
    Task<EmployeeIdentity?> FindActiveAsync(Guid entraObjectId, CancellationToken cancellationToken);
}

/// <summary>An employee as a caller: their id, employee number (for the audit log) and every unit they manage or that lies below one.</summary>
public sealed record EmployeeIdentity(Guid Id, string Number, IReadOnlyList<Guid> ManagedUnitIds);
