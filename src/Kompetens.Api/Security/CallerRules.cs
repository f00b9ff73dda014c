using Kompetens.Api.Domain;

namespace Kompetens.Api.Security;

/// <summary>
/// The one set of rules about who may take a step for whom, used by every mutation. Segregation of duties holds
/// for everyone, HR included: nobody decides on their own records.
/// </summary>
public static class CallerRules
{
    /// <summary>The signed-in employee, for steps people take for themselves.</summary>
    public static Guid Self(this Caller caller) =>
        caller.EmployeeId ?? throw new NotAllowedError("Only an employee acting for themself can do this.");

    /// <summary>HR, or a manager of the unit (which includes every unit below the ones they manage).</summary>
    public static bool Manages(this Caller caller, Guid unitId) => caller.IsAdmin || caller.ManagedUnitIds.Contains(unitId);

    /// <summary>HR, or a manager of any of the units (a person's current employments: each of their managers).</summary>
    public static bool ManagesAny(this Caller caller, IEnumerable<Guid> unitIds) => caller.IsAdmin || unitIds.Any(caller.ManagedUnitIds.Contains);

    /// <summary>A decision about a unit (forming a team that spans it): HR or the unit's manager.</summary>
    public static void MustManageUnit(this Caller caller, Guid unitId, string what)
    {
        if (!caller.Manages(unitId))
        {
            throw new NotAllowedError($"Only the manager of the unit, or HR, can {what}.");
        }
    }

    /// <summary>
    /// A decision on someone's record (agree their plan, approve their enrolment, record their evidence): HR or the
    /// manager of the person's unit (of any of the units of the person's current employments), and never on one's
    /// own record.
    /// </summary>
    public static void MustManage(this Caller caller, Guid employeeId, Guid unitId, string what) => caller.MustManage(employeeId, [unitId], what);

    /// <inheritdoc cref="MustManage(Caller, Guid, Guid, string)"/>
    public static void MustManage(this Caller caller, Guid employeeId, IReadOnlyCollection<Guid> unitIds, string what)
    {
        caller.MustNotBeSelf(employeeId, what);
        if (!caller.ManagesAny(unitIds))
        {
            throw new NotAllowedError($"Only the person's manager, or HR, can {what}.");
        }
    }

    /// <summary>A step the person takes on their own record, or that their manager or HR takes for them.</summary>
    public static void MustBeSelfOrManage(this Caller caller, Guid employeeId, IReadOnlyCollection<Guid> unitIds, string what)
    {
        if (caller.EmployeeId != employeeId && !caller.ManagesAny(unitIds))
        {
            throw new NotAllowedError($"Only the person, their manager or HR can {what}.");
        }
    }

    /// <summary>Segregation of duties: the record is not the caller's own.</summary>
    public static void MustNotBeSelf(this Caller caller, Guid employeeId, string what)
    {
        if (caller.EmployeeId == employeeId)
        {
            throw new NotAllowedError($"Nobody can {what} on their own record; another manager or HR does it.");
        }
    }
}
