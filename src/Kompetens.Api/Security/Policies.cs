using Microsoft.AspNetCore.Authorization;

namespace Kompetens.Api.Security;

/// <summary>
/// The authorization policies the schema's types and fields name. Each lets through callers of some kinds:
/// HR (<see cref="CallerKind.Admin"/>), the payroll daemon, BI tools, and employees (rows then filtered to
/// their own, and for managers to their units').
/// </summary>
public static class Policies
{
    /// <summary>The competence and training catalogue, strategy, funding, teams: HR, employees and BI.</summary>
    public const string Catalogue = "Catalogue";

    /// <summary>The organisation units: everyone.</summary>
    public const string Organisation = "Organisation";

    /// <summary>Employees' master data: HR, payroll, and employees (themselves and, for managers, their people).</summary>
    public const string People = "People";

    /// <summary>Assessments, plans, enrolments, memberships, rotations: HR and employees (own, or their people's).</summary>
    public const string PersonalData = "PersonalData";

    /// <summary>Payroll sync runs and mutations: HR and payroll.</summary>
    public const string PayrollSync = "PayrollSync";

    /// <summary>Counts about a unit and the units below it that name no person: HR, BI, and managers for their own units.</summary>
    public const string UnitCounts = "UnitCounts";

    /// <summary>A unit's own records that name no person (quality-work results): HR, BI, and employees (rows then filtered to the units they work in or manage).</summary>
    public const string UnitRecords = "UnitRecords";

    /// <summary>The BI measures under <c>analytics</c> (aggregated, small groups suppressed): HR and BI tools, never an employee token.</summary>
    public const string Analytics = "Analytics";

    /// <summary>HR only: the audit log.</summary>
    public const string Admin = "Admin";

    /// <summary>A signed-in employee acting for themself.</summary>
    public const string Employee = "Employee";

    /// <summary>Any caller the API knows, whatever its kind (<c>node</c>, <c>nodes</c>; rows are still filtered).</summary>
    public const string AnyCaller = "AnyCaller";

    public static AuthorizationBuilder AddKompetensPolicies(this AuthorizationBuilder authorization)
    {
        void Add(string name, params CallerKind[] kinds) =>
            authorization.AddPolicy(name, policy => policy.RequireAuthenticatedUser().AddRequirements(new CallerRequirement(kinds)));

        Add(Catalogue, CallerKind.Admin, CallerKind.Employee, CallerKind.Analytics);
        Add(Organisation, CallerKind.Admin, CallerKind.Payroll, CallerKind.Employee, CallerKind.Analytics);
        Add(People, CallerKind.Admin, CallerKind.Payroll, CallerKind.Employee);
        Add(PersonalData, CallerKind.Admin, CallerKind.Employee);
        Add(PayrollSync, CallerKind.Admin, CallerKind.Payroll);
        Add(UnitCounts, CallerKind.Admin, CallerKind.Analytics, CallerKind.Employee);
        Add(UnitRecords, CallerKind.Admin, CallerKind.Analytics, CallerKind.Employee);
        Add(Analytics, CallerKind.Admin, CallerKind.Analytics);
        Add(Admin, CallerKind.Admin);
        Add(Employee, CallerKind.Employee);
        Add(AnyCaller, CallerKind.Admin, CallerKind.Payroll, CallerKind.Employee, CallerKind.Analytics);
        return authorization;
    }
}

public enum CallerKind { Admin, Payroll, Analytics, Employee }

/// <summary>The caller must be of one of these kinds.</summary>
public sealed class CallerRequirement(IReadOnlyList<CallerKind> kinds) : IAuthorizationRequirement
{
    public bool IsMetBy(Caller caller) => kinds.Any(kind => kind switch
    {
        CallerKind.Admin => caller.IsAdmin,
        CallerKind.Payroll => caller.IsPayroll,
        CallerKind.Analytics => caller.IsAnalytics,
        CallerKind.Employee => caller.IsEmployee,
        _ => false,
    });
}

/// <summary>Checks <see cref="CallerRequirement"/>s against the request's <see cref="Caller"/>.</summary>
public sealed class CallerAuthorizationHandler(CallerAccessor callers) : AuthorizationHandler<CallerRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CallerRequirement requirement)
    {
        if (requirement.IsMetBy(await callers.GetAsync(CancellationToken.None)))
        {
            context.Succeed(requirement);
        }
    }
}
