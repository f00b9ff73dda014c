using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.Organisation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kompetens.Api.Competences;

/// <summary>A requirement of a unit and how many of its people meet it.</summary>
public sealed record CompetenceGap(CompetenceRequirement Requirement, int Qualified)
{
    public int Gap => Math.Max(0, Requirement.Headcount - Qualified);
}

public sealed class CompetenceGapType : ObjectGraphType<CompetenceGap>
{
    public CompetenceGapType()
    {
        Name = "CompetenceGap";
        Description = "A competence a unit needs, set against its people: how many need it at the level, how many have it, how many are missing.";
        this.AllowAnonymous();
        Field<NonNullGraphType<CompetenceRequirementType>>("requirement").Description("The requirement: competence, level, headcount, horizon.").Resolve(c => c.Source.Requirement);
        Field(x => x.Qualified).Description("How many active people in the requirement's unit and the units below it are at or above the required level now (manager and evidence assessments over self-assessments, newest first).");
        Field(x => x.Gap).Description("How many more people the unit needs at the level: headcount minus qualified, never below zero.");
    }
}

public static class CompetenceGaps
{
    public static void AddCompetenceGapQueries(this ObjectGraphType query) =>
        query.UnitReport<NonNullGraphType<ListGraphType<NonNullGraphType<CompetenceGapType>>>>("competenceGaps",
            "Gap analysis for a unit and the units below it: each requirement stated for them, now and for future horizons, against the people who meet it. For the unit's managers and HR.",
            openToAnalytics: false,
            async (db, unitId, context) => await ForUnitAsync(db, unitId, context.CancellationToken));

    public static async Task<List<CompetenceGap>> ForUnitAsync(KompetensDbContext db, Guid unitId, CancellationToken cancellationToken)
    {
        var subtree = await OrganisationTree.SubtreeAsync(db, [unitId], cancellationToken);
        var requirements = await db.CompetenceRequirements
            .Where(r => r.OrganisationUnitId != null && subtree.Contains(r.OrganisationUnitId.Value))
            .OrderBy(r => r.Horizon).ThenBy(r => r.TargetDate).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        // Each requirement is measured against the people of its own unit and the units below it.
        var sql = $"""
            WITH RECURSIVE tree AS (
                SELECT r.id AS requirement_id, r.organisation_unit_id AS unit_id
                FROM competence_requirements r WHERE r.organisation_unit_id = ANY(@subtree)
                UNION
                SELECT t.requirement_id, u.id FROM tree t JOIN organisation_units u ON u.parent_id = t.unit_id),
            people AS (
                SELECT DISTINCT t.requirement_id, e.id AS employee_id
                FROM tree t JOIN employees e ON e.organisation_unit_id = t.unit_id WHERE e.status = 'Active'),
            current AS ({CurrentLevel.Sql("a.employee_id IN (SELECT employee_id FROM people)")})
            SELECT r.id AS requirement_id,
                   (SELECT count(*)::int FROM people p JOIN current c ON c.employee_id = p.employee_id AND c.competence_id = r.competence_id
                    WHERE p.requirement_id = r.id AND c.level >= r.required_level) AS qualified
            FROM competence_requirements r WHERE r.organisation_unit_id = ANY(@subtree)
            """;
        var qualified = await db.Database.SqlQueryRaw<QualifiedRow>(sql, new NpgsqlParameter("subtree", subtree.ToArray()))
            .ToDictionaryAsync(r => r.RequirementId, r => r.Qualified, cancellationToken);
        return [.. requirements.Select(r => new CompetenceGap(r, qualified.GetValueOrDefault(r.Id)))];
    }

    private sealed record QualifiedRow(Guid RequirementId, int Qualified);
}
