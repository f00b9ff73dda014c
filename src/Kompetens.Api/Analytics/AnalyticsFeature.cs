using GraphQL.Types;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Analytics;

/// <summary>Aggregated reports that name no person: the annual personnel and training plan.</summary>
public sealed class AnalyticsFeature : IFeature
{
    public void Model(ModelBuilder model, RowRules rows)
    {
    }

    public void Queries(ObjectGraphType query) => query.AddAnnualPersonnelPlanQueries();
}
