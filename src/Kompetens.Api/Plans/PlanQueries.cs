using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Security;
using Kompetens.GraphQL.Data.Paging;

namespace Kompetens.Api.Plans;

public static class PlanQueries
{
    public static void AddPlanQueries(this ObjectGraphType query) =>
        query.Connection<object?, DevelopmentPlanType, DevelopmentPlan>("developmentPlans")
            .Description("Individual competence development plans.")
            .AuthorizeWithPolicy(Policies.PersonalData);
}
