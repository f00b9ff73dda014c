using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Organisation;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Involvement;

/// <summary>
/// Involvement and workplace learning: staff's improvement proposals and the units' quality work under the common
/// quality tool (the policy's participation in analysing problems and development work).
/// </summary>
public sealed class InvolvementFeature : IFeature
{
    public void Model(ModelBuilder model, RowRules rows)
    {
        model.ApplyConfiguration(new ImprovementProposalConfiguration());
        model.ApplyConfiguration(new QualityWorkResultConfiguration());
        // A proposal is the business of the unit it concerns: its managers handle it, and its staff discuss it (as at
        // a workplace meeting) — but not a withdrawn one, and without seeing who proposed it (docs/security.md).
        rows.SharedBy<ImprovementProposal, Employee>(p => p.ProposerId, "the managers of the unit it concerns, and the unit's staff unless withdrawn",
            (p, access) => access.ManagedUnits.Contains(p.OrganisationUnitId)
                || (access.WorkUnits.Contains(p.OrganisationUnitId) && p.Status != ImprovementProposalStatus.Withdrawn));
        rows.UnitRecords<QualityWorkResult>(r => r.OrganisationUnitId);
    }

    public void Queries(ObjectGraphType query) => query.AddInvolvementQueries();

    public void Mutations(ObjectGraphType mutation) => mutation.AddInvolvementMutations();
}

public static class InvolvementData
{
    extension(KompetensDbContext db)
    {
        public DbSet<ImprovementProposal> ImprovementProposals => db.Set<ImprovementProposal>();

        public DbSet<QualityWorkResult> QualityWorkResults => db.Set<QualityWorkResult>();
    }
}
