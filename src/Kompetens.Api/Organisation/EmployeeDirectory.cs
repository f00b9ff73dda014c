using Kompetens.Api.Data;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Organisation;

/// <summary>Who a signed-in person is in the organisation data, for <see cref="CallerAccessor"/>.</summary>
internal sealed class EmployeeDirectory(KompetensContexts contexts) : IEmployeeDirectory
{
    public async Task<EmployeeIdentity?> FindEmployedAsync(Guid entraObjectId, CancellationToken cancellationToken)
    {
        // The service's own lookup, before any caller exists: past the row filters.
        await using var db = await contexts.OpenAsync(RowAccess.Unfiltered, cancellationToken);
        var employee = await db.Employees
            .Where(e => e.EntraObjectId == entraObjectId && e.Status != EmployeeStatus.Terminated)
            .Select(e => new { e.Id, e.EmployeeNumber })
            .SingleOrDefaultAsync(cancellationToken);
        if (employee is null)
        {
            return null;
        }

        var managedRoots = await db.OrganisationUnits.Where(u => u.ManagerId == employee.Id).Select(u => u.Id).ToArrayAsync(cancellationToken);
        var managed = managedRoots.Length == 0 ? [] : await OrganisationTree.SubtreeAsync(db, managedRoots, cancellationToken);
        return new EmployeeIdentity(employee.Id, employee.EmployeeNumber, managed);
    }
}
