using GraphQL.Types;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.GraphQL;

/// <summary>
/// One part of the domain, in one folder: its entities and who owns each of their rows, its services, and its
/// query and mutation fields. The composition root lists the features (<c>KompetensFeatures</c>); the
/// DbContext, the schema's Query and Mutation types loop over that list.
/// </summary>
public interface IFeature
{
    /// <summary>The feature's EF configuration, and the owner of each of its entities' rows.</summary>
    void Model(ModelBuilder model, RowRules rows);

    /// <summary>Services the feature's resolvers and mutations use.</summary>
    void Services(IServiceCollection services)
    {
    }

    /// <summary>The feature's root query fields.</summary>
    void Queries(ObjectGraphType query)
    {
    }

    /// <summary>The feature's mutations (the steps of its workflows).</summary>
    void Mutations(ObjectGraphType mutation)
    {
    }
}
