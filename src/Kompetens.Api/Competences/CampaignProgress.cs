using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.Organisation;
using Kompetens.Api.Security;
using Kompetens.GraphQL.Data.Batching;
using Kompetens.GraphQL.Data.Types;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.Competences;

/// <summary>How far a campaign has come in one of its units (and the units below it).</summary>
public sealed record CampaignProgress(Guid CampaignId, Guid UnitId, int Employees, int Assessed)
{
    public bool Suppressed => Employees < SmallGroups.MinimumSize;

    public int? AssessedOrNull => Suppressed ? null : Assessed;

    public decimal? Share => Suppressed ? null : Math.Round((decimal)Assessed / Employees, 3);
}

public sealed class CampaignProgressType : ObjectGraphType<CampaignProgress>
{
    public CampaignProgressType()
    {
        Name = "CampaignProgress";
        Description = "How far a competence mapping has come in one unit in its scope, with the units below it.";
        this.AllowAnonymous();
        Field<NonNullGraphType<OrganisationUnitType>>("organisationUnit").Description("The unit in the campaign's scope.")
            .Resolve(c => ((OrganisationUnitType)c.FieldDefinition.ResolvedType!.GetNamedType()).Load(c, c.Source.UnitId));
        Field(x => x.Employees).Description("Active employees in the unit and below.");
        Field("assessed", x => x.AssessedOrNull, nullable: true).Description($"How many of them have at least one assessment in the campaign; null for units of fewer than {SmallGroups.MinimumSize} people.");
        Field(x => x.Share, nullable: true).Description($"Assessed divided by employees, 0–1; null for units of fewer than {SmallGroups.MinimumSize} people.");
        Field(x => x.Suppressed).Description("True when the unit is too small to show who has been assessed.");
    }
}

public static class CampaignProgressQueries
{
    public static void AddProgress(this MappingCampaignType campaign) =>
        campaign.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignProgressType>>>>("progress")
            .Description("The share of employees assessed, per unit in the campaign's scope. Counts only, never people.")
            .Resolve(context => context.BatchLoader<Guid, IReadOnlyList<CampaignProgress>>("MappingCampaign.progress", () =>
            {
                var contexts = context.RequestServices!.GetRequiredService<KompetensContexts>();
                return new(async (ids, cancellationToken) =>
                {
                    await using var db = await contexts.OpenAsync(RowAccess.Unfiltered, cancellationToken);
                    var campaigns = ids.ToArray();
                    var rows = await db.Database.SqlQuery<CampaignProgress>($"""
                        WITH RECURSIVE scope AS (
                            SELECT mapping_campaign_id AS campaign_id, units_id AS root_id, units_id AS unit_id
                            FROM mapping_campaign_units WHERE mapping_campaign_id = ANY({campaigns})
                            UNION
                            SELECT s.campaign_id, s.root_id, u.id FROM scope s JOIN organisation_units u ON u.parent_id = s.unit_id)
                        SELECT s.campaign_id, s.root_id AS unit_id, count(e.id)::int AS employees,
                               (count(e.id) FILTER (WHERE EXISTS (
                                   SELECT 1 FROM competence_assessments a WHERE a.employee_id = e.id AND a.campaign_id = s.campaign_id)))::int AS assessed
                        FROM scope s LEFT JOIN employees e ON e.organisation_unit_id = s.unit_id AND e.status = 'Active'
                        GROUP BY s.campaign_id, s.root_id
                        """).ToListAsync(cancellationToken);
                    return rows.GroupBy(r => r.CampaignId).ToDictionary(g => g.Key, g => (IReadOnlyList<CampaignProgress>)[.. g.OrderBy(r => r.UnitId)]);
                });
            }).Load(((MappingCampaign)context.Source!).Id, []))
            .FieldType.SetRequires([campaign.Key]);
}
