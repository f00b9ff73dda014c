using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Domain;
using Kompetens.Api.Security;
using Kompetens.GraphQL.Data.Paging;
using NpgsqlTypes;

namespace Kompetens.Api.Analytics;

/// <summary>A unit's staff and how many of them have an agreed development plan for the year.</summary>
public sealed record PlanCoverageRow(string UnitCode, string UnitName, int Year, DateOnly StaffOn, int? GroupSize, int? Covered, decimal? Share, bool Suppressed, int TotalCount) : IMeasureRow;

public sealed class PlanCoverageRowType : ObjectGraphType<PlanCoverageRow>
{
    public PlanCoverageRowType()
    {
        Name = "PlanCoverageRow";
        Description = "The policy's \"every employee draws up an individual competence development plan\" for one unit and year: its staff, and how many of them have an agreed plan for the year.";
        this.AllowAnonymous();
        this.UnitFields(x => x.UnitCode, x => x.UnitName);
        Field(x => x.Year).Description("The plan year.");
        Field(x => x.StaffOn).Description("The day the staff are taken on: the last day of the year, or today for the current and future years.");
        Field(x => x.Covered, nullable: true).Description("How many of them have a plan covering part of the year that their manager has agreed (status Agreed, FollowedUp or Closed); null when suppressed.");
        Field(x => x.Share, nullable: true).Description("Covered divided by the group size, 0–1, three decimals; null when suppressed.");
        this.PrivacyFields(x => x.GroupSize, x => x.Suppressed, "the unit's staff on the day");
    }
}

public static class PlanCoverageMeasure
{
    public static void Add(ObjectGraphType<AnalyticsRoot> analytics) =>
        analytics.OffsetSegment<AnalyticsRoot, PlanCoverageRowType>("planCoverage", MeasureRequest.Paging, async (context, page) =>
            {
                var year = context.GetArgument<int>("year");
                if (year is < 2000 or > 2100)
                {
                    throw new InvalidInputError("year", "The year must be between 2000 and 2100.");
                }

                await using var request = await MeasureRequest.OpenAsync(context);
                var yearEnd = new DateOnly(year, 12, 31);
                request.AsOf(yearEnd < request.Today ? yearEnd : request.Today, "year")
                    .Add("year_start", NpgsqlDbType.Date, new DateOnly(year, 1, 1))
                    .Add("year_end", NpgsqlDbType.Date, yearEnd)
                    .Add("year", NpgsqlDbType.Integer, year);
                return await request.PageAsync<PlanCoverageRow>(Sql, page);
            })
            .Description("Plan coverage: per unit, its staff and how many have an agreed individual development plan for the year. Counted in people; small groups suppressed (docs/bi.md).")
            .AuthorizeWithPolicy(Policies.Analytics)
            .Argument<StringGraphType>("unitCode", "The unit's code; the city's top unit when left out.")
            .Argument<BooleanGraphType>("includeSubunits", "Also list every unit below it, each with its own staff. Default true.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The plan year (2000–2100).");

    private static readonly string Sql = $"""
        WITH RECURSIVE {MeasureSql.Scope},
        {MeasureSql.People},
        agreed AS (
            SELECT DISTINCT d.employee_id FROM development_plans d
            WHERE d.status IN ('Agreed', 'FollowedUp', 'Closed') AND d.period_start <= @year_end AND d.period_end >= @year_start
              AND d.employee_id IN (SELECT employee_id FROM people)),
        cells AS (
            SELECT p.unit_id, count(*)::int AS group_size, count(a.employee_id)::int AS covered
            FROM people p LEFT JOIN agreed a ON a.employee_id = p.employee_id GROUP BY p.unit_id),
        final AS (SELECT c.*, NOT {SmallGroups.MayPublishSql("c.covered", "c.group_size", "@min")} AS suppressed FROM cells c)
        SELECT u.code AS unit_code, u.name_sv AS unit_name, @year AS year, @as_of AS staff_on,
               {MeasureSql.GroupSize("f.group_size")} AS group_size,
               CASE WHEN NOT f.suppressed THEN f.covered END AS covered,
               CASE WHEN NOT f.suppressed THEN round(f.covered::numeric / f.group_size, 3) END AS share,
               f.suppressed, count(*) OVER ()::int AS total_count
        FROM final f JOIN organisation_units u ON u.id = f.unit_id
        ORDER BY u.code
        """;
}
