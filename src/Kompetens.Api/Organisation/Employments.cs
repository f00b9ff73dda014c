using Kompetens.Api.Data;
using Kompetens.Api.GraphQL.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Organisation;

/// <summary>Which units a person works in today: the units of their current employments (a person may have several managers).</summary>
public static class Employments
{
    /// <summary>The units of <paramref name="employeeId"/>'s employments current today, for the "manages this person" checks of <c>CallerRules</c>.</summary>
    public static async Task<IReadOnlyCollection<Guid>> UnitsOfAsync<TInput>(this MutationContext<TInput> context, Guid employeeId)
    {
        var today = context.Today;
        return await context.Db.Employments
            .Where(x => x.EmployeeId == employeeId && x.StartDate <= today && (x.EndDate == null || x.EndDate >= today))
            .Select(x => x.OrganisationUnitId).Distinct().ToListAsync(context.CancellationToken);
    }
}
