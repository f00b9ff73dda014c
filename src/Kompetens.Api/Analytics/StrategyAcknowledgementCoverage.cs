using GraphQL;
using GraphQL.Types;
using Kompetens.Api.GraphQL.Mutations;
using Kompetens.Api.Security;
using Kompetens.GraphQL.Data.Ids;
using Kompetens.GraphQL.Data.Paging;
using NpgsqlTypes;

namespace Kompetens.Api.Analytics;

/// <summary>A unit's staff and how many of them have acknowledged a strategy item.</summary>
public sealed record StrategyAcknowledgementRow(string UnitCode, string UnitName, Guid StrategyItemKey, string StrategyItemTitle, int? GroupSize, int? Acknowledged, decimal? Share, bool Suppressed, int TotalCount) : IMeasureRow;

public sealed class StrategyAcknowledgementRowType : ObjectGraphType<StrategyAcknowledgementRow>
{
    public StrategyAcknowledgementRowType()
    {
        Name = "StrategyAcknowledgementCoverageRow";
        Description = "The policy's \"all staff know the city's visions and goals\" for one unit and strategy item: its staff, and how many of them have acknowledged reading the item.";
        this.AllowAnonymous();
        this.UnitFields(x => x.UnitCode, x => x.UnitName);
        Field<NonNullGraphType<IdGraphType>>("strategyItemId").Description("The strategy item's global ID (as in `strategyItems`).").Resolve(c => GlobalId.Format("StrategyItem", c.Source.StrategyItemKey));
        Field(x => x.StrategyItemTitle).Description("The strategy item's title (Swedish).");
        Field(x => x.Acknowledged, nullable: true).Description("How many of them had acknowledged the item by the end of the day; null when suppressed.");
        Field(x => x.Share, nullable: true).Description("Acknowledged divided by the group size, 0–1, three decimals; null when suppressed.");
        this.PrivacyFields(x => x.GroupSize, x => x.Suppressed, "the unit's staff on the day");
    }
}

public static class StrategyAcknowledgementCoverageMeasure
{
    public static void Add(ObjectGraphType<AnalyticsRoot> analytics) =>
        analytics.OffsetSegment<AnalyticsRoot, StrategyAcknowledgementRowType>("strategyAcknowledgementCoverage", MeasureRequest.Paging, async (context, page) =>
            {
                var item = GlobalIds.OptionalKey(context.GetArgument<string?>("strategyItem"), "StrategyItem", "strategyItem");
                await using var request = await MeasureRequest.OpenAsync(context);
                request.Add("strategy_item_id", NpgsqlDbType.Uuid, item);
                return await request.PageAsync<StrategyAcknowledgementRow>(Sql, page);
            })
            .Description("Strategy acknowledgement coverage: per unit and strategy item, its staff and how many have acknowledged reading the item. Counted in people; small groups suppressed (docs/bi.md).")
            .AuthorizeWithPolicy(Policies.Analytics)
            .Argument<IdGraphType>("strategyItem", "Only this strategy item (its global ID); every item when left out.")
            .Argument<StringGraphType>("unitCode", "The unit's code; the city's top unit when left out.")
            .Argument<BooleanGraphType>("includeSubunits", "Also list every unit below it, each with its own staff. Default true.")
            .Argument<Kompetens.GraphQL.Data.Scalars.DateScalar>("asOf", "The day the staff and their acknowledgements are taken on; today when left out.");

    private static readonly string Sql = $"""
        WITH RECURSIVE {MeasureSql.Scope},
        {MeasureSql.People},
        items AS (SELECT id, title_sv FROM strategy_items WHERE @strategy_item_id IS NULL OR id = @strategy_item_id),
        acknowledged AS (
            SELECT DISTINCT a.employee_id, a.strategy_item_id FROM strategy_acknowledgements a
            WHERE a.acknowledged_at < @as_of_end AND a.strategy_item_id IN (SELECT id FROM items) AND a.employee_id IN (SELECT employee_id FROM people)),
        cells AS (
            SELECT p.unit_id, i.id AS strategy_item_id, count(*)::int AS group_size, count(a.employee_id)::int AS acknowledged
            FROM people p CROSS JOIN items i LEFT JOIN acknowledged a ON a.employee_id = p.employee_id AND a.strategy_item_id = i.id
            GROUP BY p.unit_id, i.id),
        final AS (SELECT c.*, NOT {SmallGroups.MayPublishSql("c.acknowledged", "c.group_size", "@min")} AS suppressed FROM cells c)
        SELECT u.code AS unit_code, u.name_sv AS unit_name, f.strategy_item_id AS strategy_item_key, i.title_sv AS strategy_item_title,
               {MeasureSql.GroupSize("f.group_size")} AS group_size,
               CASE WHEN NOT f.suppressed THEN f.acknowledged END AS acknowledged,
               CASE WHEN NOT f.suppressed THEN round(f.acknowledged::numeric / f.group_size, 3) END AS share,
               f.suppressed, count(*) OVER ()::int AS total_count
        FROM final f JOIN organisation_units u ON u.id = f.unit_id JOIN items i ON i.id = f.strategy_item_id
        ORDER BY u.code, f.strategy_item_id
        """;
}
