using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Organisation;

/// <summary>The organisation, synced from payroll: units, employees, sync runs.</summary>
public sealed class OrganisationFeature : IFeature
{
    public void Model(ModelBuilder model, RowRules rows)
    {
        model.ApplyConfiguration(new OrganisationUnitConfiguration());
        model.ApplyConfiguration(new EmployeeConfiguration());
        model.ApplyConfiguration(new SyncRunConfiguration());
        rows.Catalogue<OrganisationUnit>();
        // A manager's people are those of the units they manage and below.
        rows.People<Employee>((employee, access) => access.ManagedUnits.Contains(employee.OrganisationUnitId));
        rows.MasterData<SyncRun>();
    }

    public void Services(IServiceCollection services) => services.AddSingleton<IEmployeeDirectory, EmployeeDirectory>();

    public void Queries(ObjectGraphType query) => query.AddOrganisationQueries();
}

public static class OrganisationData
{
    extension(KompetensDbContext db)
    {
        public DbSet<OrganisationUnit> OrganisationUnits => db.Set<OrganisationUnit>();

        public DbSet<Employee> Employees => db.Set<Employee>();

        public DbSet<SyncRun> SyncRuns => db.Set<SyncRun>();
    }
}
