using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Competences;
using Kompetens.Api.Domain;
using Kompetens.GraphQL.Data.Paging;
using NpgsqlTypes;

namespace Kompetens.Api.Analytics;

[Description("What the levels of a competence distribution are counted for.")]
public enum CompetenceDistributionGrouping
{
    [Description("One row per unit, competence and current level.")]
    Competence,

    [Description("One row per unit, dimension and level: each person at the highest current level they have in any competence of the dimension.")]
    Dimension,
}

/// <summary>People of a unit at one current level of a competence (or at one highest level in a dimension); level null: no current level.</summary>
public sealed record CompetenceDistributionRow(
    string UnitCode, string UnitName, string Dimension, string? CompetenceCode, int? Level, int? GroupSize, int? Count, bool Suppressed, int TotalCount) : IMeasureRow;

public sealed class CompetenceDistributionRowType : ObjectGraphType<CompetenceDistributionRow>
{
    public CompetenceDistributionRowType()
    {
        Name = "CompetenceDistributionRow";
        Description = "How many of a unit's staff are at one current level of a competence (or, grouped by dimension, at one highest level in the dimension). The rows of one unit and competence split the unit's staff: every person is in exactly one of them.";
        this.AllowAnonymous();
        this.UnitFields(x => x.UnitCode, x => x.UnitName);
        Field<NonNullGraphType<EnumerationGraphType<CompetenceDimension>>>("dimension").Description("The policy's dimension of competence the row is about.").Resolve(c => Enum.Parse<CompetenceDimension>(c.Source.Dimension));
        Field(x => x.CompetenceCode, nullable: true).Description("The competence's code (its natural key in `competences`); null on rows grouped by dimension.");
        Field(x => x.Level, nullable: true).Description("The current level the row counts people at (docs/bi.md, \"Current level\"); null for the people with no current level in it.");
        Field(x => x.Count, nullable: true).Description("How many people are at this level; null when suppressed.");
        this.PrivacyFields(x => x.GroupSize, x => x.Suppressed, "the unit's staff on the day (the total of the rows of this unit and competence)");
    }
}

public static class CompetenceDistributionMeasure
{
    public const int MaxCompetenceCodeLength = 40;

    public static void Add(ObjectGraphType<AnalyticsRoot> analytics) =>
        analytics.OffsetSegment<AnalyticsRoot, CompetenceDistributionRowType>("competenceDistribution", MeasureRequest.Paging, async (context, page) =>
            {
                await using var request = await MeasureRequest.OpenAsync(context);
                var competenceCode = context.GetArgument<string?>("competenceCode");
                if (competenceCode is { Length: 0 or > MaxCompetenceCodeLength })
                {
                    throw new InvalidInputError("competenceCode", $"A competence code has 1–{MaxCompetenceCodeLength} characters.");
                }

                request.Add("dimension", NpgsqlDbType.Text, context.GetArgument<CompetenceDimension?>("dimension")?.ToString())
                    .Add("competence_code", NpgsqlDbType.Text, competenceCode);
                var byDimension = context.GetArgument("by", CompetenceDistributionGrouping.Competence) == CompetenceDistributionGrouping.Dimension;
                return await request.PageAsync<CompetenceDistributionRow>(Sql(byDimension), page);
            })
            .Description("The competence distribution: per unit, competence and current level, how many of the unit's staff are at that level (or per unit, dimension and highest level). Counted in people, each person once, in the unit of their primary post on the day; small groups suppressed (docs/bi.md).")
            .AuthorizeWithPolicy(Security.Policies.Analytics)
            .Argument<StringGraphType>("unitCode", "The unit's code; the city's top unit when left out.")
            .Argument<BooleanGraphType>("includeSubunits", "Also list every unit below it, each with its own staff (rows never add up units). Default true.")
            .Argument<EnumerationGraphType<CompetenceDimension>>("dimension", "Only competences of this dimension.")
            .Argument<StringGraphType>("competenceCode", "Only this competence (its code).")
            .Argument<EnumerationGraphType<CompetenceDistributionGrouping>>("by", "Rows per competence (default) or per dimension.")
            .Argument<Kompetens.GraphQL.Data.Scalars.DateScalar>("asOf", "The day the staff and their current levels are taken on; today when left out.");

    /// <summary>
    /// Per person and competence (or dimension) the current level on the day, then per unit the people at each level
    /// plus those with none, which split the unit's staff; the levels of one unit and competence are the parts of
    /// one group for secondary suppression.
    /// </summary>
    private static string Sql(bool byDimension) => $"""
        WITH RECURSIVE {MeasureSql.Scope},
        {MeasureSql.People},
        groups AS (SELECT unit_id, count(*)::int AS group_size FROM people GROUP BY unit_id),
        current AS ({CurrentLevel.Sql("a.assessed_at < @as_of_end AND a.employee_id IN (SELECT employee_id FROM people)")}),
        assessed AS (
            SELECT p.unit_id, p.employee_id, {(byDimension ? "NULL::uuid" : "k.id")} AS competence_id, k.dimension, {(byDimension ? "max(c.level)" : "c.level")} AS level
            FROM people p JOIN current c ON c.employee_id = p.employee_id JOIN competences k ON k.id = c.competence_id
            WHERE (@dimension IS NULL OR k.dimension = @dimension) AND (@competence_code IS NULL OR k.code = @competence_code)
            {(byDimension ? "GROUP BY p.unit_id, p.employee_id, k.dimension" : "")}),
        cells AS (
            SELECT unit_id, competence_id, dimension, level, count(*)::int AS people FROM assessed GROUP BY unit_id, competence_id, dimension, level
            UNION ALL
            SELECT a.unit_id, a.competence_id, a.dimension, NULL, g.group_size - count(DISTINCT a.employee_id)::int
            FROM assessed a JOIN groups g ON g.unit_id = a.unit_id
            GROUP BY a.unit_id, a.competence_id, a.dimension, g.group_size HAVING g.group_size > count(DISTINCT a.employee_id)),
        marked AS (
            SELECT c.*, g.group_size, (g.group_size < @min OR c.people < @min) AS primary_suppressed
            FROM cells c JOIN groups g ON g.unit_id = c.unit_id),
        final AS (
            SELECT m.*, {MeasureSql.Suppressed("m.unit_id, m.competence_id, m.dimension", "m.people, m.level NULLS FIRST")} AS suppressed FROM marked m)
        SELECT u.code AS unit_code, u.name_sv AS unit_name, f.dimension, k.code AS competence_code, f.level,
               {MeasureSql.GroupSize("f.group_size")} AS group_size,
               CASE WHEN NOT f.suppressed THEN f.people END AS count, f.suppressed,
               count(*) OVER ()::int AS total_count
        FROM final f JOIN organisation_units u ON u.id = f.unit_id LEFT JOIN competences k ON k.id = f.competence_id
        ORDER BY u.code, f.dimension, k.code NULLS FIRST, f.level NULLS FIRST
        """;
}
