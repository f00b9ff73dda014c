using Kompetens.Api.Competences;
using Kompetens.Api.Security;
using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.Organisation;
using Kompetens.Api.Trainings;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kompetens.Api.Analytics;

/// <summary>
/// The data of the yearly personnel and training plan a municipality draws up: per unit and staff group the
/// competence estimate, the requirements now and in the future, and the trainings planned for the year.
/// </summary>
public sealed record AnnualPersonnelPlan(int Year, IReadOnlyList<StaffGroupEstimate> StaffGroups, IReadOnlyList<RequirementChange> Requirements, IReadOnlyList<Guid> PlannedEventIds);

/// <summary>One staff group (job title) in one unit. Groups under the minimum size have their figures suppressed.</summary>
public sealed record StaffGroupEstimate(Guid UnitId, string StaffGroup, int Employees, int? Assessed, decimal? AverageLevel, int? PlannedTrainings, decimal? PlannedHours)
{
    public bool Suppressed => Assessed is null;
}

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
                : throw new Domain.InvalidInputError("year", "The year must be between 2000 and 2100."), context.CancellationToken))
            .Argument<NonNullGraphType<IntGraphType>>("year", "The plan year.");

    public static async Task<AnnualPersonnelPlan> BuildAsync(KompetensDbContext db, Guid unitId, int year, CancellationToken cancellationToken)
    {
        var subtree = (await OrganisationTree.SubtreeAsync(db, [unitId], cancellationToken)).ToArray();
        var sql = $"""
            WITH people AS (
                SELECT id, organisation_unit_id, coalesce(job_title, '') AS staff_group
                FROM employees WHERE organisation_unit_id = ANY(@subtree) AND status = 'Active'),
            current AS ({CurrentLevel.Sql("a.employee_id IN (SELECT id FROM people)")}),
            planned AS (
                SELECT en.employee_id, t.hours FROM enrolments en
                JOIN training_events ev ON ev.id = en.training_event_id JOIN trainings t ON t.id = ev.training_id
                WHERE en.status <> 'Cancelled' AND en.status <> 'NoShow' AND extract(year FROM ev.starts_at AT TIME ZONE 'UTC') = @year)
            SELECT p.organisation_unit_id AS unit_id, p.staff_group,
                   count(DISTINCT p.id)::int AS employees,
                   count(DISTINCT c.employee_id)::int AS assessed,
                   round(avg(c.level), 2) AS average_level,
                   (SELECT count(*) FROM planned pl JOIN people pp ON pp.id = pl.employee_id
                    WHERE pp.organisation_unit_id = p.organisation_unit_id AND pp.staff_group = p.staff_group)::int AS planned_trainings,
                   (SELECT coalesce(sum(pl.hours), 0) FROM planned pl JOIN people pp ON pp.id = pl.employee_id
                    WHERE pp.organisation_unit_id = p.organisation_unit_id AND pp.staff_group = p.staff_group) AS planned_hours
            FROM people p LEFT JOIN current c ON c.employee_id = p.id
            GROUP BY p.organisation_unit_id, p.staff_group
            ORDER BY p.organisation_unit_id, p.staff_group
            """;
        var groups = await db.Database.SqlQueryRaw<GroupRow>(sql, new NpgsqlParameter("subtree", subtree), new NpgsqlParameter("year", year)).ToListAsync(cancellationToken);
        var requirements = await db.CompetenceRequirements
            .Where(r => r.OrganisationUnitId != null && subtree.Contains(r.OrganisationUnitId.Value))
            .GroupBy(r => r.OrganisationUnitId!.Value)
            .Select(g => new RequirementChange(g.Key,
                g.Where(r => r.Horizon == Competences.RequirementHorizon.Now).Sum(r => r.Headcount),
                g.Where(r => r.Horizon == Competences.RequirementHorizon.Future).Sum(r => r.Headcount)))
            .ToListAsync(cancellationToken);
        var start = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var events = await db.TrainingEvents
            .Where(e => e.StartsAt >= start && e.StartsAt < start.AddYears(1) && e.Status != TrainingEventStatus.Cancelled)
            .OrderBy(e => e.StartsAt).Select(e => e.Id).ToListAsync(cancellationToken);
        // A figure about fewer people than the minimum could be one person's: the group shows only its size then,
        // and an average or total over too few people is left out.
        return new AnnualPersonnelPlan(year, [.. groups.Select(g => g.Employees < SmallGroups.MinimumSize
            ? new StaffGroupEstimate(g.UnitId, g.StaffGroup, g.Employees, null, null, null, null)
            : new StaffGroupEstimate(g.UnitId, g.StaffGroup, g.Employees, g.Assessed,
                g.Assessed >= SmallGroups.MinimumSize ? g.AverageLevel : null,
                g.PlannedTrainings >= SmallGroups.MinimumSize ? g.PlannedTrainings : null,
                g.PlannedTrainings >= SmallGroups.MinimumSize ? g.PlannedHours : null))], requirements, events);
    }

    private sealed record GroupRow(Guid UnitId, string StaffGroup, int Employees, int Assessed, decimal? AverageLevel, int PlannedTrainings, decimal PlannedHours);
}
