using Kompetens.Api.Competences;
using Kompetens.Api.Security;
using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.Organisation;
using Kompetens.Api.Trainings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Kompetens.Api.Analytics;

/// <summary>
/// The data of the yearly personnel and training plan a municipality draws up: per unit and staff group the
/// competence estimate, the requirements now and in the future, and the trainings planned for the year.
/// </summary>
public sealed record AnnualPersonnelPlan(int Year, IReadOnlyList<StaffGroupEstimate> StaffGroups, IReadOnlyList<RequirementChange> Requirements, IReadOnlyList<Guid> PlannedEventIds);

/// <summary>
/// One staff group (job title) in one unit, counted in people: its staff, and how many of them have a current level
/// in any competence, an agreed plan for the year, and a place at one of the year's training events. Figures of
/// groups under the minimum size, or that would single out fewer people than it, are suppressed.
/// </summary>
public sealed record StaffGroupEstimate(Guid UnitId, string StaffGroup, int Employees, int? Assessed, int? WithAgreedPlan, int? PlannedParticipants, decimal? PlannedHours, bool Suppressed);

/// <summary>What a unit needs now and in the future, by headcount at the required level.</summary>
public sealed record RequirementChange(Guid UnitId, int HeadcountNow, int HeadcountFuture);

public static class AnnualPersonnelPlanQueries
{
    public static void AddAnnualPersonnelPlanQueries(this ObjectGraphType query) =>
        query.UnitReport<NonNullGraphType<AnnualPersonnelPlanType>>("annualPersonnelPlan",
            "The data of the yearly personnel and training plan for a unit and the units below it: competence estimate per staff group, requirements now and in the future, and the trainings planned for the year. For the unit's managers, HR and BI.",
            openToAnalytics: true,
            async (db, unitId, context) => await BuildAsync(db, unitId, context.GetArgument<int>("year") is var year and >= 2000 and <= 2100
                ? year
                : throw new Domain.InvalidInputError("year", "The year must be between 2000 and 2100."),
                context.RequestServices!.GetRequiredService<IOptions<SmallGroupOptions>>().Value.MinimumSize,
                DateOnly.FromDateTime(context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime),
                context.CancellationToken))
            .Argument<NonNullGraphType<IntGraphType>>("year", "The plan year.");

    public static async Task<AnnualPersonnelPlan> BuildAsync(KompetensDbContext db, Guid unitId, int year, int minimum, DateOnly today, CancellationToken cancellationToken)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var staffOn = yearEnd < today ? yearEnd : today;
        object[] Parameters() =>
        [
            new NpgsqlParameter("unit_id", NpgsqlDbType.Uuid) { Value = unitId },
            new NpgsqlParameter("include_subunits", NpgsqlDbType.Boolean) { Value = true },
            new NpgsqlParameter("as_of", NpgsqlDbType.Date) { Value = staffOn },
            new NpgsqlParameter("as_of_end", NpgsqlDbType.TimestampTz) { Value = new DateTimeOffset(staffOn.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) },
            new NpgsqlParameter("year_start", NpgsqlDbType.Date) { Value = new DateOnly(year, 1, 1) },
            new NpgsqlParameter("year_end", NpgsqlDbType.Date) { Value = yearEnd },
            new NpgsqlParameter("range_start", NpgsqlDbType.TimestampTz) { Value = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero) },
            new NpgsqlParameter("range_end", NpgsqlDbType.TimestampTz) { Value = new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero) },
            new NpgsqlParameter("min", NpgsqlDbType.Integer) { Value = minimum },
        ];
        var groups = await db.Database.SqlQueryRaw<StaffGroupEstimate>(StaffGroupsSql, Parameters()).ToListAsync(cancellationToken);
        var requirements = await db.Database.SqlQueryRaw<RequirementChange>(RequirementsSql, Parameters()).ToListAsync(cancellationToken);
        var events = await db.Database.SqlQueryRaw<Guid>(PlannedEventsSql, Parameters()).ToListAsync(cancellationToken);
        return new AnnualPersonnelPlan(year, groups, requirements, events);
    }

    /// <summary>
    /// One statement: the unit's subtree once, its staff on the day (the same people as the <c>analytics</c>
    /// measures), then per unit and job title the people assessed, with an agreed plan and with a training place.
    /// </summary>
    private static readonly string StaffGroupsSql = $"""
        WITH RECURSIVE {MeasureSql.Scope},
        {MeasureSql.People},
        current AS ({CurrentLevel.Sql("a.assessed_at < @as_of_end AND a.employee_id IN (SELECT employee_id FROM people)")}),
        assessed AS (SELECT DISTINCT employee_id FROM current),
        agreed AS (
            SELECT DISTINCT d.employee_id FROM development_plans d
            WHERE d.status IN ('Agreed', 'FollowedUp', 'Closed') AND d.period_start <= @year_end AND d.period_end >= @year_start
              AND d.employee_id IN (SELECT employee_id FROM people)),
        planned AS (
            SELECT en.employee_id, sum(t.hours) AS hours FROM enrolments en
            JOIN training_events ev ON ev.id = en.training_event_id JOIN trainings t ON t.id = ev.training_id
            WHERE en.status NOT IN ('Cancelled', 'NoShow') AND ev.status <> 'Cancelled' AND ev.starts_at >= @range_start AND ev.starts_at < @range_end
              AND en.employee_id IN (SELECT employee_id FROM people)
            GROUP BY en.employee_id),
        cells AS (
            SELECT p.unit_id, coalesce(p.job_title, '') AS staff_group, count(*)::int AS employees,
                   count(s.employee_id)::int AS assessed, count(a.employee_id)::int AS with_agreed_plan,
                   count(pl.employee_id)::int AS planned_participants, coalesce(sum(pl.hours), 0) AS planned_hours
            FROM people p
            LEFT JOIN assessed s ON s.employee_id = p.employee_id
            LEFT JOIN agreed a ON a.employee_id = p.employee_id
            LEFT JOIN planned pl ON pl.employee_id = p.employee_id
            GROUP BY p.unit_id, coalesce(p.job_title, ''))
        SELECT unit_id, staff_group, employees,
               CASE WHEN {SmallGroups.MayPublishSql("assessed", "employees", "@min")} THEN assessed END AS assessed,
               CASE WHEN {SmallGroups.MayPublishSql("with_agreed_plan", "employees", "@min")} THEN with_agreed_plan END AS with_agreed_plan,
               CASE WHEN {SmallGroups.MayPublishSql("planned_participants", "employees", "@min")} THEN planned_participants END AS planned_participants,
               CASE WHEN {SmallGroups.MayPublishSql("planned_participants", "employees", "@min")} THEN planned_hours END AS planned_hours,
               employees < @min AS suppressed
        FROM cells
        ORDER BY unit_id, staff_group
        """;

    /// <summary>The year's events (not cancelled) that staff of the unit and the units below it hold a place in.</summary>
    private static readonly string PlannedEventsSql = $"""
        WITH RECURSIVE {MeasureSql.Scope},
        {MeasureSql.People}
        SELECT ev.id AS "Value" FROM training_events ev
        WHERE ev.status <> 'Cancelled' AND ev.starts_at >= @range_start AND ev.starts_at < @range_end
          AND EXISTS (
            SELECT 1 FROM enrolments en
            WHERE en.training_event_id = ev.id AND en.status NOT IN ('Cancelled', 'NoShow')
              AND en.employee_id IN (SELECT employee_id FROM people))
        ORDER BY ev.starts_at, ev.id
        """;

    /// <summary>The headcounts the standing (not withdrawn) requirements set on the unit and the units below it state, per unit.</summary>
    private static readonly string RequirementsSql = $"""
        WITH RECURSIVE {MeasureSql.Scope}
        SELECT r.organisation_unit_id AS unit_id,
               coalesce(sum(r.headcount) FILTER (WHERE r.horizon = 'Now'), 0)::int AS headcount_now,
               coalesce(sum(r.headcount) FILTER (WHERE r.horizon = 'Future'), 0)::int AS headcount_future
        FROM competence_requirements r WHERE r.organisation_unit_id IN (SELECT id FROM scope) AND r.withdrawn_at IS NULL
        GROUP BY r.organisation_unit_id
        ORDER BY r.organisation_unit_id
        """;
}
