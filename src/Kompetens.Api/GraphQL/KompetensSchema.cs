using GraphQL.Types;
using Kompetens.GraphQL.Data.Scalars;

namespace Kompetens.Api.GraphQL;

/// <summary>The published schema; <c>schema/schema.graphql</c> is its printed contract.</summary>
public sealed class KompetensSchema : Schema
{
    public KompetensSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Mutation = mutation;
        Description = "Kompetens: the city's competence-development API — competence mapping, requirements, individual development plans, trainings, teams, job rotation, strategy and funding.";
        Query = query;
        this.RegisterHotChocolateScalars();
    }
}
