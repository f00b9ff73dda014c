using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.Organisation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kompetens.Api.Competences;

/// <summary>A requirement stated for a unit, or for a job title, set against the people it applies to.</summary>
public sealed record CompetenceGap(CompetenceRequirement Requirement, int People, int Needed, int Qualified)
{
    public int Gap => Math.Max(0, Needed - Qualified);
}

public sealed class CompetenceGapType : ObjectGraphType<CompetenceGap>
{
    public CompetenceGapType()
    {
        Name = "CompetenceGap";
        Description = "A competence a unit needs, set against its people: how many need it at the level, how many have it, how many are missing.";
        this.AllowAnonymous();
        Field<NonNullGraphType<CompetenceRequirementType>>("requirement").Description("The requirement: competence, level, headcount, horizon; stated for a unit or for a job title.").Resolve(c => c.Source.Requirement);
        Field(x => x.People).Description("How many active people the requirement applies to here: the people of the requirement's unit and the units below it (within the analysed unit), only those with the requirement's job title when it names one.");
        Field(x => x.Needed).Description("How many of them need the competence at the level: the requirement's headcount; for a requirement stated for a job title across the city, every person here with the title, at most the headcount.");
        Field(x => x.Qualified).Description("How many of the people it applies to are at or above the required level now (their current level, docs/workflows.md).");
        Field(x => x.Gap).Description("How many more people need to reach the level: needed minus qualified, never below zero.");
    }
}

public static class CompetenceGaps
{
    public static void AddCompetenceGapQueries(this ObjectGraphType query) =>
        query.UnitReport<NonNullGraphType<ListGraphType<NonNullGraphType<CompetenceGapType>>>>("competenceGaps",
            "Gap analysis for a unit and the units below it: each requirement stated for them or for a job title held there, now and for future horizons, against the people who meet it. Withdrawn requirements are left out. For the unit's managers and HR.",
            openToAnalytics: false,
            async (db, unitId, context) => await ForUnitAsync(db, unitId, CurrentLevelRule.For(context.RequestServices!), context.CancellationToken));

    /// <summary>
    /// The gap analysis in one statement: the unit's subtree is walked once (with every unit's descendants, so each
    /// requirement reaches the units below its own), the current levels are computed once for the people and
    /// competences concerned, and each requirement's figures are a <c>GROUP BY</c>.
    /// </summary>
    public static async Task<List<CompetenceGap>> ForUnitAsync(KompetensDbContext db, Guid unitId, CurrentLevelRule rule, CancellationToken cancellationToken)
    {
        var sql = $"""
            WITH RECURSIVE below(unit_id) AS (
                SELECT id FROM organisation_units WHERE id = @unit
                UNION ALL
                SELECT u.id FROM below b JOIN organisation_units u ON u.parent_id = b.unit_id),
            closure(ancestor, unit_id) AS (
                SELECT b.unit_id, b.unit_id FROM below b
                UNION ALL
                SELECT c.ancestor, u.id FROM closure c JOIN organisation_units u ON u.parent_id = c.unit_id),
            -- The standing requirements: a withdrawn one is history (and one stands per unit or job title, competence and horizon).
            requirements AS (
                SELECT r.* FROM competence_requirements r
                WHERE r.withdrawn_at IS NULL
                  AND (r.organisation_unit_id IN (SELECT unit_id FROM below)
                   OR (r.organisation_unit_id IS NULL AND r.job_title IN (
                        SELECT e.job_title FROM employees e WHERE e.organisation_unit_id IN (SELECT unit_id FROM below) AND e.status = 'Active')))),
            people AS (
                SELECT e.id, e.organisation_unit_id, e.job_title FROM employees e
                WHERE e.organisation_unit_id IN (SELECT unit_id FROM below) AND e.status = 'Active'),
            current AS ({CurrentLevel.Sql("a.employee_id IN (SELECT id FROM people) AND a.competence_id IN (SELECT competence_id FROM requirements)", rule)}),
            -- Each requirement with the units it reaches: a few thousand rows. Materialised, so that PostgreSQL joins the
            -- people to it by unit instead of pairing every person with every requirement first (the recursive CTEs'
            -- row estimates are far too high for it to see that).
            reach AS MATERIALIZED (
                SELECT r.id, r.competence_id, r.required_level, r.job_title, k.unit_id
                FROM requirements r JOIN closure k ON k.ancestor = coalesce(r.organisation_unit_id, @unit)),
            measured AS (
                SELECT r.id, count(*)::int AS people, count(*) FILTER (WHERE c.level >= r.required_level)::int AS qualified
                FROM reach r
                JOIN people p ON p.organisation_unit_id = r.unit_id AND (r.job_title IS NULL OR p.job_title = r.job_title)
                LEFT JOIN current c ON c.employee_id = p.id AND c.competence_id = r.competence_id
                GROUP BY r.id)
            SELECT r.id, r.organisation_unit_id, r.job_title, r.competence_id, r.required_level, r.headcount, r.horizon, r.target_date,
                   r.strategy_goal_id, r.rationale, r.withdrawn_at, r.created_at, r.updated_at,
                   coalesce(m.people, 0) AS people, coalesce(m.qualified, 0) AS qualified
            FROM requirements r LEFT JOIN measured m ON m.id = r.id
            ORDER BY r.horizon, r.target_date NULLS FIRST, r.id
            """;
        var rows = await db.Database.SqlQueryRaw<GapRow>(sql, new NpgsqlParameter("unit", unitId)).ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToGap())];
    }

    private sealed record GapRow(
        Guid Id, Guid? OrganisationUnitId, string? JobTitle, Guid CompetenceId, int RequiredLevel, int Headcount, string Horizon,
        DateOnly? TargetDate, Guid? StrategyGoalId, string? Rationale, DateTimeOffset? WithdrawnAt, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int People, int Qualified)
    {
        public CompetenceGap ToGap()
        {
            var requirement = new CompetenceRequirement
            {
                Id = Id, OrganisationUnitId = OrganisationUnitId, JobTitle = JobTitle, CompetenceId = CompetenceId, RequiredLevel = RequiredLevel,
                Headcount = Headcount, Horizon = Enum.Parse<RequirementHorizon>(Horizon), TargetDate = TargetDate, StrategyGoalId = StrategyGoalId,
                Rationale = Rationale, WithdrawnAt = WithdrawnAt, CreatedAt = CreatedAt, UpdatedAt = UpdatedAt,
            };
            // A unit's requirement asks for its headcount; a job title's, across the city, for everyone here who holds it.
            var needed = OrganisationUnitId is null ? Math.Min(Headcount, People) : Headcount;
            return new CompetenceGap(requirement, People, needed, Qualified);
        }
    }
}
