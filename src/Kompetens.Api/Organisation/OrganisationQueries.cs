using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Security;
using Kompetens.Api.GraphQL;
using Kompetens.GraphQL.Data.Paging;

namespace Kompetens.Api.Organisation;

public static class OrganisationQueries
{
    /// <summary>Payroll pages through all employees in big pages.</summary>
    private static readonly PagingOptions EmployeePaging = new() { MaxPageSize = 1000 };

    public static void AddOrganisationQueries(this ObjectGraphType query)
    {
        query.Field<EmployeeType>("me")
            .Description("The signed-in employee: where the intranet starts for \"my plan\", \"my competences\" and \"my trainings\".")
            .AuthorizeWithPolicy(Policies.Employee)
            .ResolveAsync(async context =>
            {
                var caller = await context.RequestServices!.GetRequiredService<CallerAccessor>().GetAsync(context.CancellationToken);
                return caller.EmployeeId is Guid id ? ((EmployeeType)context.FieldDefinition.ResolvedType!.GetNamedType()).Load(context, id) : null;
            });
        query.Connection<object?, OrganisationUnitType, OrganisationUnit>("organisationUnits")
            .Description("The units of the city's organisation: administrations, departments and workplaces.")
            .AuthorizeWithPolicy(Policies.Organisation);
        query.Connection<object?, EmployeeType, Employee>("employees", new()
            {
                Paging = EmployeePaging,
                Search = TextSearch.Over<Employee>(e => e.GivenName + " " + e.FamilyName, e => e.EmployeeNumber, e => e.Email, e => e.JobTitle),
            })
            .Description("The city's employees, as synced from payroll.")
            .AuthorizeWithPolicy(Policies.People);
        query.Connection<object?, SyncRunType, SyncRun>("syncRuns")
            .Description("The payroll system's sync runs, oldest first.")
            .AuthorizeWithPolicy(Policies.PayrollSync);
    }
}
