using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Security;
using Kompetens.GraphQL.Data.Paging;

namespace Kompetens.Api.Strategy;

public static class StrategyQueries
{
    public static void AddStrategyQueries(this ObjectGraphType query)
    {
        query.Connection<object?, StrategyItemType, StrategyItem>("strategyItems")
            .Description("The city's visions, goals, service strategy and quality tools.")
            .AuthorizeWithPolicy(Policies.Catalogue);
        query.Connection<object?, FundingSourceType, FundingSource>("fundingSources")
            .Description("Funding for competence development: EU ESF+, national grants and the city's own budget.")
            .AuthorizeWithPolicy(Policies.Catalogue);
    }
}
