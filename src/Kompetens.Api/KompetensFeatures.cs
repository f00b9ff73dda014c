using Kompetens.Api.Analytics;
using Kompetens.Api.Audit;
using Kompetens.Api.Collaboration;
using Kompetens.Api.Competences;
using Kompetens.Api.Data;
using Kompetens.Api.GraphQL;
using Kompetens.Api.Involvement;
using Kompetens.Api.Organisation;
using Kompetens.Api.Plans;
using Kompetens.Api.Security;
using Kompetens.Api.Strategy;
using Kompetens.Api.Trainings;

namespace Kompetens.Api;

/// <summary>The composition root's feature list: adding a feature is one line here (docs/architecture.md).</summary>
public static class KompetensFeatures
{
    public static IReadOnlyList<IFeature> All { get; } =
    [
        new OrganisationFeature(),
        new CompetencesFeature(),
        new PlansFeature(),
        new TrainingsFeature(),
        new CollaborationFeature(),
        new StrategyFeature(),
        new InvolvementFeature(),
        new AnalyticsFeature(),
        new AuditFeature(),
    ];

    /// <summary>The DbContext's model: every feature's entities, then the row filters of their declared owners.</summary>
    public static KompetensModel Model { get; } = new((model, db) =>
    {
        var rows = new RowRules(db);
        foreach (var feature in All)
        {
            feature.Model(model, rows);
        }

        rows.Apply(model);
    });

    /// <summary>The feature list for the schema's root types, and each feature's own services.</summary>
    public static IServiceCollection AddKompetensFeatures(this IServiceCollection services)
    {
        services.AddSingleton(All);
        foreach (var feature in All)
        {
            feature.Services(services);
        }

        return services;
    }
}
