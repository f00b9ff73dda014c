using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.Domain;
using Kompetens.Api.Organisation;
using Kompetens.Api.Security;
using Kompetens.GraphQL.Data.Paging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Kompetens.Api.Analytics;

/// <summary>A row of a measure as its statement returns it: every row also carries the number of rows of the whole measure.</summary>
public interface IMeasureRow
{
    int TotalCount { get; }
}

/// <summary>
/// One request for a BI measure (docs/bi.md): which units (<c>unitCode</c>, <c>includeSubunits</c>), on which day,
/// the minimum group size, and the statement's parameters. Every measure is one SQL statement over the same
/// pieces — the units in scope (a recursive walk down from one unit, once), the staff on a day, the small-group
/// rule — paged in the database, so neither people nor cells are loaded into memory beyond the page asked for.
/// </summary>
public sealed class MeasureRequest : IAsyncDisposable
{
    public const int MaxUnitCodeLength = 40;

    /// <summary>BI tools read large pages; more than this per request is refused with <c>HC0051</c>.</summary>
    public static PagingOptions Paging { get; } = new() { DefaultPageSize = 100, MaxPageSize = 1000 };

    private readonly List<(string Name, NpgsqlDbType Type, object? Value)> parameters = [];

    private MeasureRequest(KompetensDbContext db, DateOnly today, int minimum, CancellationToken cancellationToken)
    {
        Db = db;
        Today = today;
        Minimum = minimum;
        CancellationToken = cancellationToken;
        Add("min", NpgsqlDbType.Integer, minimum);
    }

    public KompetensDbContext Db { get; }

    public DateOnly Today { get; }

    public int Minimum { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Reads the unit arguments (and <c>asOf</c>, when the field has it) and opens the database for a measure.</summary>
    public static async Task<MeasureRequest> OpenAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var minimum = services.GetRequiredService<IOptions<SmallGroupOptions>>().Value.MinimumSize;
        var db = await services.GetRequiredService<KompetensContexts>().OpenAsync(RowAccess.Unfiltered, context.CancellationToken);
        var request = new MeasureRequest(db, today, minimum, context.CancellationToken);
        try
        {
            var unitCode = context.GetArgument<string?>("unitCode");
            Guid? unitId = null;
            if (unitCode is not null)
            {
                if (unitCode.Length is 0 or > MaxUnitCodeLength)
                {
                    throw new InvalidInputError("unitCode", $"A unit code has 1–{MaxUnitCodeLength} characters.");
                }

                unitId = await db.OrganisationUnits.Where(u => u.Code == unitCode).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(context.CancellationToken)
                    ?? throw new NotFoundError("organisation unit", unitCode);
            }

            request.Add("unit_id", NpgsqlDbType.Uuid, unitId);
            request.Add("include_subunits", NpgsqlDbType.Boolean, context.GetArgument("includeSubunits", true));
            if (context.FieldDefinition.Arguments?.Find("asOf") is not null)
            {
                request.AsOf(context.GetArgument<DateOnly?>("asOf") ?? today, "asOf");
            }

            return request;
        }
        catch
        {
            await request.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sets the reference day (<c>@as_of</c>, and <c>@as_of_end</c>, the instant the day ends) after checking it.</summary>
    public MeasureRequest AsOf(DateOnly day, string argument)
    {
        CheckDate(day, argument);
        Add("as_of", NpgsqlDbType.Date, day);
        Add("as_of_end", NpgsqlDbType.TimestampTz, new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        return this;
    }

    public static void CheckDate(DateOnly day, string argument)
    {
        if (day.Year is < 2000 or > 2100)
        {
            throw new InvalidInputError(argument, $"`{argument}` must be a day in the years 2000–2100.");
        }
    }

    public MeasureRequest Add(string name, NpgsqlDbType type, object? value)
    {
        parameters.Add((name, type, value));
        return this;
    }

    /// <summary>
    /// Runs the measure's statement for one page: <paramref name="sql"/> must order its rows completely and return
    /// <c>count(*) OVER ()</c> as <c>total_count</c>. One statement per request, whatever the number of units or rows.
    /// </summary>
    public async Task<CollectionSegment> PageAsync<TRow>(string sql, OffsetPageRequest page)
        where TRow : IMeasureRow
    {
        Add("skip", NpgsqlDbType.Integer, page.Skip);
        Add("take", NpgsqlDbType.Integer, page.Take + 1);
        // The statements are constant text written here; every value the caller gives is a parameter.
        var pageSql = sql + "\nOFFSET @skip LIMIT @take";
        var countSql = "SELECT count(*)::int AS \"Value\" FROM (" + sql + ") AS measure";
        var rows = await Db.Database.SqlQueryRaw<TRow>(pageSql, Parameters()).ToListAsync(CancellationToken);
        // Every row carries the total; only a page past the end needs it counted on its own.
        var total = rows.Count > 0 ? rows[0].TotalCount
            : page.Skip == 0 ? 0
            : await Db.Database.SqlQueryRaw<int>(countSql, Parameters()).SingleAsync(CancellationToken);
        return page.Segment([.. rows.Cast<object>()], _ => Task.FromResult(total));
    }

    private object[] Parameters() =>
        [.. parameters.Select(p => new NpgsqlParameter(p.Name, p.Type) { Value = p.Value ?? DBNull.Value })];

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}

/// <summary>The SQL pieces the measures share, so that a unit, a member of staff and a small group mean the same in each (docs/bi.md).</summary>
public static class MeasureSql
{
    /// <summary>
    /// <c>scope(id)</c>: the unit <c>@unit_id</c> (the city's top unit when null) and, when <c>@include_subunits</c>,
    /// every unit below it. Starts a <c>WITH RECURSIVE</c> list.
    /// </summary>
    public const string Scope = """
        scope AS (
            SELECT id FROM organisation_units WHERE CASE WHEN @unit_id IS NULL THEN parent_id IS NULL ELSE id = @unit_id END
            UNION
            SELECT u.id FROM organisation_units u JOIN scope s ON u.parent_id = s.id WHERE @include_subunits)
        """;

    /// <summary>
    /// The one post (<c>unit_id, job_title</c>) a person counts in on a day: of their employments current that day,
    /// the primary one, else the largest extent, then the earliest start. Each person counts once, in one unit.
    /// </summary>
    public static string PostOn(string employeeId, string day) => $"""
        SELECT m.organisation_unit_id AS unit_id, m.job_title FROM employments m
        WHERE m.employee_id = {employeeId} AND m.start_date <= {day} AND (m.end_date IS NULL OR m.end_date >= {day})
        ORDER BY m."primary" DESC, m.extent_percent DESC, m.start_date, m.id LIMIT 1
        """;

    /// <summary><c>people(employee_id, unit_id, job_title)</c>: the staff of the units in scope on <c>@as_of</c>.</summary>
    public static readonly string People = $"""
        people AS (
            SELECT e.id AS employee_id, p.unit_id, p.job_title FROM employees e
            CROSS JOIN LATERAL ({PostOn("e.id", "@as_of")}) p
            WHERE p.unit_id IN (SELECT id FROM scope))
        """;

    /// <summary>
    /// Secondary suppression over cells that split one published group into parts (the levels of a competence in a
    /// unit, the months of a year): true for a cell that is suppressed itself (<c>primary_suppressed</c>), and, where
    /// exactly one part of a group is, for the smallest other part as well — so the group's total minus its published
    /// parts is always the sum of two or more suppressed cells, never one of them.
    /// </summary>
    public static string Suppressed(string partition, string smallestFirst) => $"""
        (primary_suppressed OR (NOT primary_suppressed
            AND count(*) FILTER (WHERE primary_suppressed) OVER (PARTITION BY {partition}) = 1
            AND row_number() OVER (PARTITION BY {partition}, primary_suppressed ORDER BY {smallestFirst}) = 1))
        """;

    /// <summary>The group size as published: null when the group itself is smaller than the minimum.</summary>
    public static string GroupSize(string groupSize) => $"CASE WHEN {groupSize} >= @min THEN {groupSize} END";
}

/// <summary>The fields every measure row has: its unit, its group size in people and whether it is suppressed.</summary>
public static class MeasureRowFields
{
    public static void UnitFields<TRow>(this ObjectGraphType<TRow> type, Func<TRow, string> code, Func<TRow, string> name)
    {
        type.Field<NonNullGraphType<StringGraphType>>("unitCode").Description("The unit's code, as payroll has it (the unit's natural key in `organisationUnits`).").Resolve(c => code(c.Source));
        type.Field<NonNullGraphType<StringGraphType>>("unitName").Description("The unit's name.").Resolve(c => name(c.Source));
    }

    public static void PrivacyFields<TRow>(this ObjectGraphType<TRow> type, Func<TRow, int?> groupSize, Func<TRow, bool> suppressed, string group)
    {
        type.Field<IntGraphType>("groupSize").Description($"How many people the row is about: {group}. Null when fewer than the minimum group size (setting `SmallGroups__MinimumSize`, default {SmallGroups.MinimumSize}).").Resolve(c => groupSize(c.Source));
        type.Field<NonNullGraphType<BooleanGraphType>>("suppressed").Description("True when the row's counts are withheld (null) because they describe too few people, or because they with the published rows would reveal a withheld count (docs/bi.md, \"Small groups\").").Resolve(c => suppressed(c.Source));
    }
}
