using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Competences;
using Kompetens.Api.Security;
using Kompetens.GraphQL.Data.Paging;
using NpgsqlTypes;

namespace Kompetens.Api.Analytics;

/// <summary>The people of a unit a competence is required of at one level, and how many of them meet it.</summary>
public sealed record RequirementGapRow(
    string UnitCode, string UnitName, string CompetenceCode, string Dimension, string Horizon, int RequiredLevel, int? GroupSize, int? Meeting, int? Below, bool Suppressed, int TotalCount) : IMeasureRow;

public sealed class RequirementGapRowType : ObjectGraphType<RequirementGapRow>
{
    public RequirementGapRowType()
    {
        Name = "CompetenceGapRow";
        Description = "A competence the city requires of some of a unit's staff at a level (by a requirement set on the unit or a unit above it, or on their job title), against their current levels: how many it is required of, how many meet it and how many are below it.";
        this.AllowAnonymous();
        this.UnitFields(x => x.UnitCode, x => x.UnitName);
        Field(x => x.CompetenceCode).Description("The required competence's code.");
        Field<NonNullGraphType<EnumerationGraphType<CompetenceDimension>>>("dimension").Description("The competence's dimension.").Resolve(c => Enum.Parse<CompetenceDimension>(c.Source.Dimension));
        Field<NonNullGraphType<EnumerationGraphType<RequirementHorizon>>>("horizon").Description("Whether the requirements are needs of today or of a future target date.").Resolve(c => Enum.Parse<RequirementHorizon>(c.Source.Horizon));
        Field(x => x.RequiredLevel).Description("The level required: for each person the highest level any requirement that applies to them asks for (identical or overlapping requirements count once per person).");
        Field(x => x.Meeting, nullable: true).Description("How many of them are at or above the required level on the day; null when suppressed.");
        Field(x => x.Below, nullable: true).Description("How many of them are below it, including those with no current level in the competence; null when suppressed.");
        this.PrivacyFields(x => x.GroupSize, x => x.Suppressed, "the unit's staff the competence is required of at this level — the headcount of the requirement in the unit (meeting plus below)");
    }
}

public static class RequirementGapsMeasure
{
    public static void Add(ObjectGraphType<AnalyticsRoot> analytics) =>
        analytics.OffsetSegment<AnalyticsRoot, RequirementGapRowType>("competenceGaps", MeasureRequest.Paging, async (context, page) =>
            {
                await using var request = await MeasureRequest.OpenAsync(context);
                request.Add("horizon", NpgsqlDbType.Text, context.GetArgument("horizon", RequirementHorizon.Now).ToString());
                return await request.PageAsync<RequirementGapRow>(Sql, page);
            })
            .Description("Gaps against the city's competence requirements: per unit, competence and required level, the staff it is required of, how many meet it and how many are below it. Requirements set on a unit apply to its staff and to the staff of every unit below it; requirements set on a job title to everyone holding it; withdrawn requirements count nowhere. Counted in people; small groups suppressed (docs/bi.md).")
            .AuthorizeWithPolicy(Policies.Analytics)
            .Argument<StringGraphType>("unitCode", "The unit's code; the city's top unit when left out.")
            .Argument<BooleanGraphType>("includeSubunits", "Also list every unit below it, each with its own staff. Default true.")
            .Argument<EnumerationGraphType<RequirementHorizon>>("horizon", "Requirements of today (NOW, default) or of future target dates (FUTURE).")
            .Argument<Kompetens.GraphQL.Data.Scalars.DateScalar>("asOf", "The day the staff and their current levels are taken on; today when left out.");

    private static readonly string Sql = $"""
        WITH RECURSIVE {MeasureSql.Scope},
        {MeasureSql.People},
        requirements AS (SELECT id, organisation_unit_id, job_title, competence_id, required_level FROM competence_requirements WHERE horizon = @horizon AND withdrawn_at IS NULL),
        covered AS (
            SELECT r.id AS requirement_id, r.organisation_unit_id AS unit_id FROM requirements r WHERE r.organisation_unit_id IS NOT NULL
            UNION
            SELECT c.requirement_id, u.id FROM covered c JOIN organisation_units u ON u.parent_id = c.unit_id),
        applies AS (
            SELECT p.unit_id, p.employee_id, r.competence_id, r.required_level
            FROM people p JOIN covered c ON c.unit_id = p.unit_id JOIN requirements r ON r.id = c.requirement_id
            WHERE r.job_title IS NULL OR r.job_title = p.job_title
            UNION ALL
            SELECT p.unit_id, p.employee_id, r.competence_id, r.required_level
            FROM people p JOIN requirements r ON r.organisation_unit_id IS NULL AND r.job_title = p.job_title),
        needs AS (SELECT unit_id, employee_id, competence_id, max(required_level) AS required_level FROM applies GROUP BY unit_id, employee_id, competence_id),
        current AS ({CurrentLevel.Sql("a.assessed_at < @as_of_end AND a.employee_id IN (SELECT employee_id FROM needs)")}),
        cells AS (
            SELECT n.unit_id, n.competence_id, n.required_level, count(*)::int AS group_size,
                   count(*) FILTER (WHERE c.level >= n.required_level)::int AS meeting
            FROM needs n LEFT JOIN current c ON c.employee_id = n.employee_id AND c.competence_id = n.competence_id
            GROUP BY n.unit_id, n.competence_id, n.required_level),
        final AS (SELECT c.*, NOT {SmallGroups.MayPublishSql("c.meeting", "c.group_size", "@min")} AS suppressed FROM cells c)
        SELECT u.code AS unit_code, u.name_sv AS unit_name, k.code AS competence_code, k.dimension, @horizon AS horizon, f.required_level,
               {MeasureSql.GroupSize("f.group_size")} AS group_size,
               CASE WHEN NOT f.suppressed THEN f.meeting END AS meeting,
               CASE WHEN NOT f.suppressed THEN f.group_size - f.meeting END AS below,
               f.suppressed, count(*) OVER ()::int AS total_count
        FROM final f JOIN organisation_units u ON u.id = f.unit_id JOIN competences k ON k.id = f.competence_id
        ORDER BY u.code, k.code, f.required_level
        """;
}
