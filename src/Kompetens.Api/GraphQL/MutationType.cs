using GraphQL.Types;

namespace Kompetens.Api.GraphQL;

/// <summary>The root mutation: each feature adds the steps of its workflows.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IReadOnlyList<IFeature> features)
    {
        Name = "Mutation";
        Description = "The steps of the city's competence-development workflows.";
        foreach (var feature in features)
        {
            feature.Mutations(this);
        }
    }
}
