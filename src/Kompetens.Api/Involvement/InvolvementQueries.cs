using GraphQL;
using GraphQL.Types;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Kompetens.GraphQL.Data.Paging;

namespace Kompetens.Api.Involvement;

public static class InvolvementQueries
{
    public static void AddInvolvementQueries(this ObjectGraphType query)
    {
        query.Connection<object?, ImprovementProposalType, ImprovementProposal>("improvementProposals", new()
            {
                Search = TextSearch.Over<ImprovementProposal>(p => p.Title, p => p.Description),
            })
            .Description("Improvement proposals (förbättringsförslag) from staff and their handling: one's own, those concerning the units one works in or manages (HR: all).")
            .AuthorizeWithPolicy(Policies.PersonalData);
        query.Connection<object?, QualityWorkResultType, QualityWorkResult>("qualityWorkResults")
            .Description("The units' results of quality work under the city's common quality tool: those of the units one works in or manages (HR and BI: all).")
            .AuthorizeWithPolicy(Policies.UnitRecords);
    }
}
