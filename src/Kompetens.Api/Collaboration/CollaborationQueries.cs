using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Security;
using Kompetens.GraphQL.Data.Paging;

namespace Kompetens.Api.Collaboration;

public static class CollaborationQueries
{
    public static void AddCollaborationQueries(this ObjectGraphType query)
    {
        query.Connection<object?, TeamType, Team>("teams")
            .Description("Teams formed around tasks, often across administrations.")
            .AuthorizeWithPolicy(Policies.Catalogue);
        query.Connection<object?, JobRotationType, JobRotation>("jobRotations")
            .Description("Job rotations between units.")
            .AuthorizeWithPolicy(Policies.PersonalData);
    }
}
