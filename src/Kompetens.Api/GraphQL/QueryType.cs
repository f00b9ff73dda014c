using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Security;
using Kompetens.GraphQL.Data.Nodes;

namespace Kompetens.Api.GraphQL;

/// <summary>The root query: Relay's <c>node</c> and <c>nodes</c>, then each feature's fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IReadOnlyList<IFeature> features)
    {
        Name = "Query";
        Description = "Everything a client of the city's competence API can read.";
        this.AddNodeFields();
        GetField("node")!.AuthorizeWithPolicy(Policies.AnyCaller);
        GetField("nodes")!.AuthorizeWithPolicy(Policies.AnyCaller);
        foreach (var feature in features)
        {
            feature.Queries(this);
        }
    }
}
