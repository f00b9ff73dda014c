using Kompetens.Api.Domain;
using GraphQL;
using GraphQL.Types;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Analytics;

/// <summary>
/// Aggregated measures for BI tools and HR that name no person (docs/bi.md): competence distribution, gaps against
/// requirements, plan coverage, training volume and strategy acknowledgement under <c>analytics</c>, and the annual
/// personnel and training plan. The feature has no rows of its own: it reads the other features' tables in SQL.
/// </summary>
public sealed class AnalyticsFeature : IFeature
{
    public void Model(ModelBuilder model, RowRules rows)
    {
    }

    public void Services(IServiceCollection services) =>
        services.AddOptions<SmallGroupOptions>().BindConfiguration(SmallGroupOptions.Section).ValidateSettings(SmallGroupOptions.Section);

    public void Queries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<AnalyticsType>>("analytics")
            .Description("The city's BI measures, counted in people and computed in the database; no row names a person, and figures about small groups are suppressed. For BI tools (app role Kompetens.Analytics.Read) and HR.")
            .AuthorizeWithPolicy(Policies.Analytics)
            .Resolve(_ => AnalyticsRoot.Instance);
        query.AddAnnualPersonnelPlanQueries();
    }
}

/// <summary>The value behind the <c>analytics</c> field: the measures take everything from their arguments.</summary>
public sealed class AnalyticsRoot
{
    public static AnalyticsRoot Instance { get; } = new();
}

public sealed class AnalyticsType : ObjectGraphType<AnalyticsRoot>
{
    public AnalyticsType()
    {
        Name = "Analytics";
        Description = "The BI measures: offset-paged lists of flat rows (`skip`/`take`), one row per cell, each with its group size in people and whether it is suppressed.";
        this.AuthorizeWithPolicy(Policies.Analytics);
        CompetenceDistributionMeasure.Add(this);
        RequirementGapsMeasure.Add(this);
        PlanCoverageMeasure.Add(this);
        TrainingVolumeMeasure.Add(this);
        StrategyAcknowledgementCoverageMeasure.Add(this);
    }
}
