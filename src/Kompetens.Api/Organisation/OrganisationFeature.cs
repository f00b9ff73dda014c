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
        model.ApplyConfiguration(new EmploymentConfiguration());
        model.ApplyConfiguration(new SyncRunConfiguration());
        model.ApplyConfiguration(new ColleagueConfiguration());
        rows.Catalogue<OrganisationUnit>();
        // A manager's people are those with a current employment in the units they manage and below: a person
        // with posts in two units has two managers.
        rows.People<Employee>((employee, access) => employee.Employments.Any(x =>
            x.StartDate <= access.Today && (x.EndDate == null || x.EndDate >= access.Today) && access.ManagedUnits.Contains(x.OrganisationUnitId)));
        // Payroll and HR read every employment; a manager the posts in their units; the person their own.
        rows.PostsOf<Employment>(x => x.EmployeeId, x => x.OrganisationUnitId);
        rows.MasterData<SyncRun>();
        // What colleagues see of each other: name, unit, job title (docs/security.md, "Colleagues").
        rows.Colleagues<Colleague>(c => c.Id, c => c.OrganisationUnitId);
    }

    public void Services(IServiceCollection services) => services.AddSingleton<IEmployeeDirectory, EmployeeDirectory>();

    public void Queries(ObjectGraphType query) => query.AddOrganisationQueries();

    public void Mutations(ObjectGraphType mutation) => mutation.AddPayrollSyncMutations();
}

public static class OrganisationData
{
    extension(KompetensDbContext db)
    {
        public DbSet<OrganisationUnit> OrganisationUnits => db.Set<OrganisationUnit>();

        public DbSet<Employee> Employees => db.Set<Employee>();

        public DbSet<Employment> Employments => db.Set<Employment>();

        public DbSet<SyncRun> SyncRuns => db.Set<SyncRun>();
    }
}
