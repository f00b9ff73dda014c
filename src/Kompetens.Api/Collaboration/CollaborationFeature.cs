using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Organisation;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Collaboration;

/// <summary>Teams across administrations and departments, and job rotation.</summary>
public sealed class CollaborationFeature : IFeature
{
    public void Model(ModelBuilder model, RowRules rows)
    {
        model.ApplyConfiguration(new TeamConfiguration());
        model.ApplyConfiguration(new TeamMembershipConfiguration());
        model.ApplyConfiguration(new JobRotationConfiguration());
        rows.Catalogue<Team>();
        // Members of a team see each other's memberships (who is in the team, in which role), not each other's records.
        rows.SharedBy<TeamMembership, Employee>(m => m.EmployeeId, "the members of the same team",
            (m, access) => access.Teams.Contains(m.TeamId));
        // A rotation is also the business of the receiving unit's managers, who see and decide it.
        rows.SharedBy<JobRotation, Employee>(r => r.EmployeeId, "the managers of the receiving unit",
            (r, access) => access.ManagedUnits.Contains(r.ToUnitId));
    }

    public void Queries(ObjectGraphType query) => query.AddCollaborationQueries();

    public void Mutations(ObjectGraphType mutation) => mutation.AddCollaborationMutations();
}

public static class CollaborationData
{
    extension(KompetensDbContext db)
    {
        public DbSet<Team> Teams => db.Set<Team>();

        public DbSet<TeamMembership> TeamMemberships => db.Set<TeamMembership>();

        public DbSet<JobRotation> JobRotations => db.Set<JobRotation>();
    }
}
