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
            .Select(e => new { e.Id, e.EmployeeNumber, e.PreferredLanguage })
            .SingleOrDefaultAsync(cancellationToken);
        if (employee is null)
        {
            return null;
        }

        var managedRoots = await db.OrganisationUnits.Where(u => u.ManagerId == employee.Id).Select(u => u.Id).ToArrayAsync(cancellationToken);
        var managed = managedRoots.Length == 0 ? [] : await OrganisationTree.SubtreeAsync(db, managedRoots, cancellationToken);
        var teams = await db.Database.SqlQuery<Guid>($"""
            SELECT DISTINCT team_id AS "Value" FROM team_memberships
            WHERE employee_id = {employee.Id} AND starts_on <= current_date AND (ends_on IS NULL OR ends_on >= current_date)
            """).ToArrayAsync(cancellationToken);
        var managedArray = managed.ToArray();

        // The units the person is on the staff of: their current units and every unit above them.
        var workUnits = await db.Database.SqlQuery<Guid>($"""
            WITH RECURSIVE own_units AS (
                SELECT organisation_unit_id AS id FROM employments
                WHERE employee_id = {employee.Id} AND start_date <= current_date AND (end_date IS NULL OR end_date >= current_date)
                UNION SELECT u.parent_id FROM organisation_units u JOIN own_units o ON u.id = o.id WHERE u.parent_id IS NOT NULL)
            SELECT id AS "Value" FROM own_units
            """).ToArrayAsync(cancellationToken);

        // Colleagues, in one statement: members of a shared current team, the managers of the person's current units
        // and of the units above them (the units they work in), who assessed the person, and people rotating into units the person manages.
        var colleagues = await db.Database.SqlQuery<Guid>($"""
            SELECT employee_id AS "Value" FROM team_memberships
            WHERE team_id = ANY({teams}) AND starts_on <= current_date AND (ends_on IS NULL OR ends_on >= current_date)
            UNION SELECT manager_id FROM organisation_units WHERE id = ANY({workUnits}) AND manager_id IS NOT NULL
            UNION SELECT assessed_by_id FROM competence_assessments WHERE employee_id = {employee.Id} AND assessed_by_id IS NOT NULL
            UNION SELECT employee_id FROM job_rotations WHERE to_unit_id = ANY({managedArray}) AND status IN ('Proposed', 'Approved', 'Ongoing', 'Completed')
            """).ToArrayAsync(cancellationToken);
        return new EmployeeIdentity(employee.Id, employee.EmployeeNumber, managed, teams, colleagues, workUnits, employee.PreferredLanguage);
    }
}
