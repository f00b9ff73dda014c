using Kompetens.Api.Security;

namespace Kompetens.Api.GraphQL.Mutations;

/// <summary>The checks workflows make about who may take a step for whom.</summary>
public static class CallerRules
{
    /// <summary>The signed-in employee, for steps people take for themselves.</summary>
    public static Guid Self(this Caller caller) =>
        caller.EmployeeId ?? throw new NotAllowedError("Only an employee acting for themself can do this.");

    /// <summary>HR, or a manager of the unit (which includes every unit below the ones they manage).</summary>
    public static bool Manages(this Caller caller, Guid unitId) => caller.IsAdmin || caller.ManagedUnitIds.Contains(unitId);

    public static void MustManage(this Caller caller, Guid unitId, string what)
    {
        if (!caller.Manages(unitId))
        {
            throw new NotAllowedError($"Only the manager of the unit, or HR, can {what}.");
        }
    }
}
