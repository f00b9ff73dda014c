using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Kompetens.Api.GraphQL.Mutations;
using Kompetens.Api.Domain;
using Kompetens.Api.Security;
using Kompetens.GraphQL.Data.Ids;
using Kompetens.GraphQL.Data.Paging;
using NpgsqlTypes;

namespace Kompetens.Api.Analytics;

[Description("The length of the periods training volume is counted in.")]
public enum TrainingVolumePeriod
{
    [Description("Calendar months.")]
    Month,

    [Description("Calendar years.")]
    Year,
}

/// <summary>Training taken part in by a unit's staff in one period, paid from one funding source.</summary>
public sealed record TrainingVolumeRow(
    string UnitCode, string UnitName, DateOnly PeriodStart, Guid? FundingSourceKey, string? FundingSourceName,
    int? Participants, int? CompletedEnrolments, decimal? Hours, decimal? Cost, bool Suppressed, int TotalCount) : IMeasureRow;

public sealed class TrainingVolumeRowType : ObjectGraphType<TrainingVolumeRow>
{
    public TrainingVolumeRowType()
    {
        Name = "TrainingVolumeRow";
        Description = "Training taken part in by a unit's staff in one month or year, for events paid from one funding source: the people who took part, the enrolments they completed, the hours and the cost.";
        this.AllowAnonymous();
        this.UnitFields(x => x.UnitCode, x => x.UnitName);
        Field(x => x.PeriodStart).Description("The first day of the month or year (events are counted by the day they start, UTC).");
        Field<IdGraphType>("fundingSourceId").Description("The funding source's global ID (as in `fundingSources`); null for events with no funding source.")
            .Resolve(c => c.Source.FundingSourceKey is { } key ? GlobalId.Format("FundingSource", key) : null);
        Field(x => x.FundingSourceName, nullable: true).Description("The funding source's name in Swedish (`fundingSources` has it in sv/fi/en); null for events with no funding source.");
        Field(x => x.Participants, nullable: true).Description($"Distinct people of the unit who attended or completed an event of the period (the row's group size); null when fewer than the minimum group size (default {SmallGroups.MinimumSize}) or withheld so that a suppressed month cannot be read from its year.");
        Field(x => x.CompletedEnrolments, nullable: true).Description("Their enrolments with status Completed; null when suppressed.");
        Field(x => x.Hours, nullable: true).Description("Training hours of their attended and completed enrolments (the training's hours per enrolment); null when suppressed.");
        Field(x => x.Cost, nullable: true).Description("Their share of the events' cost, in euros: each event's cost divided equally over the event's attended and completed enrolments; null when suppressed.");
        Field<NonNullGraphType<BooleanGraphType>>("suppressed").Description("True when the row's figures are withheld because too few people took part, or because with the published months they would reveal a withheld month (docs/bi.md, \"Small groups\").").Resolve(c => c.Source.Suppressed);
    }
}

public static class TrainingVolumeMeasure
{
    public static void Add(ObjectGraphType<AnalyticsRoot> analytics) =>
        analytics.OffsetSegment<AnalyticsRoot, TrainingVolumeRowType>("trainingVolume", MeasureRequest.Paging, async (context, page) =>
            {
                var from = context.GetArgument<DateOnly>("from");
                var to = context.GetArgument<DateOnly>("to");
                MeasureRequest.CheckDate(from, "from");
                MeasureRequest.CheckDate(to, "to");
                if (to < from || to.Year - from.Year > 10)
                {
                    throw new InvalidInputError("to", "`to` is on or after `from`, at most ten years later.");
                }

                var funding = GlobalIds.OptionalKey(context.GetArgument<string?>("fundingSource"), "FundingSource", "fundingSource");
                var byYear = context.GetArgument("period", TrainingVolumePeriod.Month) == TrainingVolumePeriod.Year;
                await using var request = await MeasureRequest.OpenAsync(context);
                // Whole years are counted whatever the range, so a month is always judged against the year it adds up to.
                request.Add("range_start", NpgsqlDbType.TimestampTz, new DateTimeOffset(from.Year, 1, 1, 0, 0, 0, TimeSpan.Zero))
                    .Add("range_end", NpgsqlDbType.TimestampTz, new DateTimeOffset(to.Year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero))
                    .Add("from", NpgsqlDbType.Date, byYear ? new DateOnly(from.Year, 1, 1) : new DateOnly(from.Year, from.Month, 1))
                    .Add("to", NpgsqlDbType.Date, to)
                    .Add("funding_source_id", NpgsqlDbType.Uuid, funding);
                return await request.PageAsync<TrainingVolumeRow>(Sql(byYear), page);
            })
            .Description("Training volume: per unit, month or year and funding source, the distinct people who took part in training events, their completed enrolments, hours and cost. Each participant counts in the unit of their primary post on the event's first day; small groups suppressed (docs/bi.md).")
            .AuthorizeWithPolicy(Policies.Analytics)
            .Argument<StringGraphType>("unitCode", "The unit's code; the city's top unit when left out.")
            .Argument<BooleanGraphType>("includeSubunits", "Also list every unit below it, each with its own staff. Default true.")
            .Argument<NonNullGraphType<Kompetens.GraphQL.Data.Scalars.DateScalar>>("from", "The first day of the range; the rows are the whole months (or years) from the one it falls in.")
            .Argument<NonNullGraphType<Kompetens.GraphQL.Data.Scalars.DateScalar>>("to", "The last day of the range, at most ten years after `from`: the rows up to the month (or year) it falls in.")
            .Argument<IdGraphType>("fundingSource", "Only events paid from this funding source (its global ID).")
            .Argument<EnumerationGraphType<TrainingVolumePeriod>>("period", "Rows per month (default) or per year.");

    private static readonly string Participations = $"""
        WITH RECURSIVE {MeasureSql.Scope},
        participations AS (
            SELECT en.id, en.employee_id, en.status, ev.id AS event_id, (ev.starts_at AT TIME ZONE 'UTC')::date AS day, ev.funding_source_id, t.hours,
                   ev.cost / count(*) OVER (PARTITION BY ev.id) AS cost
            FROM enrolments en JOIN training_events ev ON ev.id = en.training_event_id JOIN trainings t ON t.id = ev.training_id
            WHERE en.status IN ('Attended', 'Completed') AND ev.starts_at >= @range_start AND ev.starts_at < @range_end
              AND (@funding_source_id IS NULL OR ev.funding_source_id = @funding_source_id)),
        placed AS (
            SELECT x.*, p.unit_id FROM participations x CROSS JOIN LATERAL ({MeasureSql.PostOn("x.employee_id", "x.day")}) p
            WHERE p.unit_id IN (SELECT id FROM scope))
        """;

    private static string Cells(string period) => $"""
        SELECT unit_id, funding_source_id, date_trunc('{period}', day)::date AS period_start,
               count(DISTINCT employee_id)::int AS participants, count(*) FILTER (WHERE status = 'Completed')::int AS completed,
               sum(hours) AS hours, round(sum(cost), 2) AS cost
        FROM placed GROUP BY unit_id, funding_source_id, date_trunc('{period}', day)
        """;

    /// <summary>
    /// A month is suppressed below the minimum; a year is its months' total, so where exactly one month of a
    /// year is suppressed the year's smallest other month is too (the year row itself is only suppressed below the minimum).
    /// </summary>
    private static string Sql(bool byYear) => $"""
        {Participations},
        cells AS ({Cells(byYear ? "year" : "month")}),
        marked AS (SELECT c.*, c.participants < @min AS primary_suppressed, date_trunc('year', c.period_start) AS year FROM cells c),
        final AS (
            SELECT m.*, {(byYear ? "primary_suppressed" : MeasureSql.Suppressed("m.unit_id, m.funding_source_id, m.year", "m.participants, m.completed, m.period_start"))} AS suppressed
            FROM marked m)
        SELECT u.code AS unit_code, u.name_sv AS unit_name, f.period_start, f.funding_source_id AS funding_source_key, s.name_sv AS funding_source_name,
               CASE WHEN NOT f.suppressed THEN f.participants END AS participants,
               CASE WHEN NOT f.suppressed THEN f.completed END AS completed_enrolments,
               CASE WHEN NOT f.suppressed THEN f.hours END AS hours,
               CASE WHEN NOT f.suppressed THEN f.cost END AS cost,
               f.suppressed, count(*) OVER ()::int AS total_count
        FROM final f JOIN organisation_units u ON u.id = f.unit_id LEFT JOIN funding_sources s ON s.id = f.funding_source_id
        WHERE f.period_start >= @from AND f.period_start <= @to
        ORDER BY u.code, f.period_start, s.name_sv NULLS FIRST, f.funding_source_id
        """;
}
