using GraphQL.Types;
using Kompetens.Api.Collaboration;
using Kompetens.Api.Competences;
using Kompetens.Api.Plans;
using Kompetens.Api.Strategy;
using Kompetens.Api.Trainings;

namespace Kompetens.Api.GraphQL;

/// <summary>The root mutation: each feature folder adds the steps of its workflows.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "The steps of the city's competence-development workflows.";
        this.AddPlanMutations();
        this.AddTrainingMutations();
        this.AddCatalogueMutations();
        this.AddCompetenceVisibilityMutation();
        this.AddMappingMutations();
        this.AddCollaborationMutations();
        this.AddStrategyMutations();
    }
}
