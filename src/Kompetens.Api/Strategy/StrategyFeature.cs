using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Strategy;

/// <summary>The city's visions, goals and service strategy, who has acknowledged them, and funding sources.</summary>
public sealed class StrategyFeature : IFeature
{
    public void Model(ModelBuilder model, RowRules rows)
    {
        model.ApplyConfiguration(new StrategyItemConfiguration());
        model.ApplyConfiguration(new StrategyAcknowledgementConfiguration());
        model.ApplyConfiguration(new FundingSourceConfiguration());
        rows.Catalogue<StrategyItem>();
        rows.Catalogue<FundingSource>();
        rows.OwnedBy<StrategyAcknowledgement>(a => a.Employee);
    }

    public void Queries(ObjectGraphType query)
    {
        query.AddStrategyQueries();
        query.AddStrategyCoverageQueries();
    }

    public void Mutations(ObjectGraphType mutation) => mutation.AddStrategyMutations();
}

public static class StrategyData
{
    extension(KompetensDbContext db)
    {
        public DbSet<StrategyItem> StrategyItems => db.Set<StrategyItem>();

        public DbSet<StrategyAcknowledgement> StrategyAcknowledgements => db.Set<StrategyAcknowledgement>();

        public DbSet<FundingSource> FundingSources => db.Set<FundingSource>();
    }
}
