using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace Kompetens.Bench;

/// <summary>Who a token says the caller is (the baseline's whole security model: a checked signature, a role or an oid).</summary>
public sealed record RawCaller(Guid? ObjectId, IReadOnlySet<string> Roles, IReadOnlySet<string> Scopes);

/// <summary>
/// The raw baseline: each scenario's answer, the same JSON the API gives, from one hand-written SQL statement
/// in which PostgreSQL builds the JSON. It is the floor the API is compared with: no GraphQL, no EF Core, no
/// row-rule machinery — only the signature check, the caller's right to ask, and the SQL.
/// </summary>
public static class Baseline
{
    // GraphQL enum values are the C# names in CONSTANT_CASE: FollowedUp -> FOLLOWED_UP.
    private static string Enum(string column) => $"upper(regexp_replace({column}, '([a-z])([A-Z])', '\\1_\\2', 'g'))";

    private static readonly string S1Sql = $"""
        SELECT json_build_object('me', (
          SELECT json_build_object(
            'employeeNumber', e.employee_number, 'givenName', e.given_name, 'familyName', e.family_name, 'jobTitle', e.job_title,
            'organisationUnit', json_build_object('code', u.code, 'name', json_build_object('text', coalesce(CASE e.preferred_language WHEN 'fi' THEN u.name_fi WHEN 'en' THEN u.name_en END, u.name_sv))),
            'competenceProfile', coalesce((
                SELECT json_agg(json_build_object('level', c.level, 'assessor', upper(c.assessor), 'competence', json_build_object('code', k.code)) ORDER BY c.competence_id)
                FROM (SELECT DISTINCT ON (a.competence_id) a.competence_id, a.level, a.assessor FROM competence_assessments a
                      WHERE a.employee_id = e.id ORDER BY a.competence_id, a.assessor = 'Self', a.assessed_at DESC) c
                JOIN competences k ON k.id = c.competence_id), '[]'),
            'developmentPlans', coalesce((
                SELECT json_agg(json_build_object('periodStart', p.period_start, 'periodEnd', p.period_end, 'status', {Enum("p.status")},
                  'goals', coalesce((
                      SELECT json_agg(json_build_object('targetLevel', g.target_level, 'status', {Enum("g.status")}, 'dueDate', g.due_date,
                                                        'competence', json_build_object('code', k.code)) ORDER BY g.id)
                      FROM plan_goals g JOIN competences k ON k.id = g.competence_id WHERE g.plan_id = p.id), '[]'),
                  'activities', coalesce((
                      SELECT json_agg(json_build_object('kind', {Enum("a.kind")}, 'status', {Enum("a.status")}, 'description', a.description, 'startsOn', a.starts_on,
                                                        'trainingEvent', CASE WHEN ev.id IS NULL THEN NULL ELSE json_build_object('startsAt', ev.starts_at, 'location', ev.location, 'training', json_build_object('code', t.code)) END) ORDER BY a.id)
                      FROM plan_activities a LEFT JOIN training_events ev ON ev.id = a.training_event_id LEFT JOIN trainings t ON t.id = ev.training_id
                      WHERE a.plan_id = p.id), '[]')) ORDER BY p.period_start DESC, p.id)
                FROM development_plans p WHERE p.employee_id = e.id), '[]'),
            'enrolments', coalesce((
                SELECT json_agg(json_build_object('status', {Enum("en.status")}, 'trainingEvent', json_build_object('startsAt', ev.starts_at, 'training', json_build_object('code', t.code))) ORDER BY en.id)
                FROM enrolments en JOIN training_events ev ON ev.id = en.training_event_id JOIN trainings t ON t.id = ev.training_id
                WHERE en.employee_id = e.id), '[]'))
          FROM employees e JOIN organisation_units u ON u.id = e.organisation_unit_id
          WHERE e.entra_object_id = @oid AND e.status = 'Active'))::text
        """;

    private static readonly string S2Sql = $"""
        WITH changed AS (SELECT e.id, e.updated_at FROM employees e WHERE e.updated_at > @since),
        page AS (SELECT c.id, c.updated_at, row_number() OVER (ORDER BY c.updated_at, c.id) AS n
                 FROM (SELECT c.id, c.updated_at FROM changed c
                       WHERE @after_id::uuid IS NULL OR (c.updated_at, c.id) > (@after_at::timestamptz, @after_id::uuid)
                       ORDER BY c.updated_at, c.id LIMIT @page + 1) c)
        SELECT json_build_object('employees', json_build_object(
          'totalCount', (SELECT count(*) FROM changed),
          'pageInfo', json_build_object(
              'hasNextPage', (SELECT count(*) > @page FROM page),
              'endCursor', (SELECT rtrim(translate(encode(convert_to('["{Scenarios.UpdatedAtCursorFingerprint}","' || (to_json(x.updated_at) #>> '{"{}"}') || '","' || x.id || '"]', 'UTF8'), 'base64'), E'+/\n', '-_'), '=')
                            FROM page x WHERE x.n <= @page ORDER BY x.n DESC LIMIT 1)),
          'nodes', coalesce((
              SELECT json_agg(json_build_object('employeeNumber', e.employee_number, 'entraObjectId', e.entra_object_id, 'status', {Enum("e.status")},
                  'jobTitle', e.job_title, 'updatedAt', e.updated_at, 'organisationUnit', json_build_object('code', u.code),
                  'employments', coalesce((
                      SELECT json_agg(json_build_object('organisationUnit', json_build_object('code', mu.code), 'jobTitle', m.job_title, 'startDate', m.start_date,
                                                        'endDate', m.end_date, 'primary', m."primary", 'extentPercent', m.extent_percent) ORDER BY m.id)
                      FROM employments m JOIN organisation_units mu ON mu.id = m.organisation_unit_id WHERE m.employee_id = e.id), '[]')) ORDER BY x.n)
              FROM page x JOIN employees e ON e.id = x.id JOIN organisation_units u ON u.id = e.organisation_unit_id WHERE x.n <= @page), '[]')))::text
        """;

    private const string S3Sql = """
        WITH found AS (
          SELECT e.id FROM employees e
          WHERE search_text(ARRAY[(e.given_name::text || ' ') || e.family_name::text, e.employee_number::text, e.email::text, e.job_title::text])
                ILIKE search_text(ARRAY[@pattern::text]))
        SELECT json_build_object('employees', json_build_object(
          'totalCount', (SELECT count(*) FROM found),
          'nodes', coalesce((
              SELECT json_agg(json_build_object('employeeNumber', e.employee_number, 'givenName', e.given_name, 'familyName', e.family_name,
                                                'jobTitle', e.job_title, 'organisationUnit', json_build_object('code', u.code)) ORDER BY e.id)
              FROM (SELECT id FROM found ORDER BY id LIMIT 20) f JOIN employees e ON e.id = f.id JOIN organisation_units u ON u.id = e.organisation_unit_id), '[]')))::text
        """;

    /// <summary>
    /// Gaps of a unit's subtree, set-based: the subtree once; the requirements of its units and those stated for a job
    /// title held there, identical ones once; each person's units up to the analysed one; current levels once per
    /// person and competence (through the person's index, under the rule of Competences/CurrentLevel.cs: 36 months'
    /// validity, confirmed over peer over self, evidence never below the newest manager level); one GROUP BY.
    /// <c>@manager</c> (when not null) must manage the unit or a unit above it.
    /// </summary>
    private const string GapsSql = """
        WITH RECURSIVE sub AS (
          SELECT id FROM organisation_units WHERE id = @unit
          UNION SELECT o.id FROM organisation_units o JOIN sub s ON o.parent_id = s.id),
        up AS (
          SELECT id, parent_id, manager_id FROM organisation_units WHERE id = @unit
          UNION SELECT o.id, o.parent_id, o.manager_id FROM organisation_units o JOIN up ON o.id = up.parent_id),
        people AS (SELECT e.id, e.organisation_unit_id, e.job_title FROM employees e WHERE e.status = 'Active' AND e.organisation_unit_id IN (SELECT id FROM sub)),
        req AS (
          SELECT DISTINCT ON (r.organisation_unit_id, r.job_title, r.competence_id, r.required_level, r.headcount, r.horizon, r.target_date) r.*
          FROM competence_requirements r
          WHERE r.withdrawn_at IS NULL AND (r.organisation_unit_id IN (SELECT id FROM sub) OR (r.organisation_unit_id IS NULL AND r.job_title IN (SELECT job_title FROM people)))
          ORDER BY r.organisation_unit_id, r.job_title, r.competence_id, r.required_level, r.headcount, r.horizon, r.target_date, r.created_at, r.id),
        anc AS (
          SELECT id AS unit_id, id AS ancestor FROM sub
          UNION SELECT a.unit_id, o.parent_id FROM anc a JOIN organisation_units o ON o.id = a.ancestor WHERE o.id <> @unit),
        cur AS (
          SELECT p.id AS employee_id, c.competence_id, c.level FROM people p
          CROSS JOIN LATERAL (
            SELECT DISTINCT ON (a.competence_id) a.competence_id, a.level FROM competence_assessments a
            WHERE a.employee_id = p.id AND a.competence_id IN (SELECT competence_id FROM req)
              AND a.assessed_at >= current_date - interval '36 months'
              AND (a.assessor <> 'Evidence' OR NOT EXISTS (
                SELECT 1 FROM (
                  SELECT m.level, m.assessed_at FROM competence_assessments m
                  WHERE m.employee_id = a.employee_id AND m.competence_id = a.competence_id AND m.assessor = 'Manager'
                    AND m.assessed_at >= current_date - interval '36 months'
                  ORDER BY m.assessed_at DESC, m.id DESC LIMIT 1) newest
                WHERE NOT (a.assessed_at > newest.assessed_at AND a.level >= newest.level)))
            ORDER BY a.competence_id, CASE a.assessor WHEN 'Manager' THEN 0 WHEN 'Evidence' THEN 0 WHEN 'Peer' THEN 1 ELSE 2 END, a.assessed_at DESC, a.id DESC) c),
        unit_req AS MATERIALIZED (SELECT anc.unit_id, r.id, r.competence_id, r.required_level, r.job_title FROM anc JOIN req r ON r.organisation_unit_id = anc.ancestor),
        pairs AS (
          SELECT r.id AS requirement_id, r.competence_id, r.required_level, p.id AS employee_id
          FROM people p JOIN unit_req r ON r.unit_id = p.organisation_unit_id AND (r.job_title IS NULL OR r.job_title = p.job_title)
          UNION ALL
          SELECT r.id, r.competence_id, r.required_level, p.id FROM people p JOIN req r ON r.organisation_unit_id IS NULL AND r.job_title = p.job_title),
        measured AS (
          SELECT x.requirement_id, count(*) AS people, count(*) FILTER (WHERE c.level >= x.required_level) AS qualified
          FROM pairs x LEFT JOIN cur c ON c.employee_id = x.employee_id AND c.competence_id = x.competence_id
          GROUP BY x.requirement_id),
        gaps AS (
          SELECT r.*, coalesce(m.people, 0) AS people, coalesce(m.qualified, 0) AS qualified,
                 CASE WHEN r.organisation_unit_id IS NULL THEN least(r.headcount, coalesce(m.people, 0)) ELSE r.headcount END AS needed
          FROM req r LEFT JOIN measured m ON m.requirement_id = r.id)
        SELECT (@manager::uuid IS NULL OR EXISTS (SELECT 1 FROM up WHERE up.manager_id = @manager::uuid)),
          json_build_object('competenceGaps', coalesce((
            SELECT json_agg(json_build_object('people', g.people, 'needed', g.needed, 'qualified', g.qualified, 'gap', greatest(0, g.needed - g.qualified),
                'requirement', json_build_object('requiredLevel', g.required_level, 'headcount', g.headcount, 'horizon', upper(g.horizon),
                    'targetDate', g.target_date, 'jobTitle', g.job_title, 'competence', json_build_object('code', k.code),
                    'organisationUnit', CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('code', o.code) END))
                ORDER BY g.horizon, g.target_date NULLS FIRST, g.id)
            FROM gaps g JOIN competences k ON k.id = g.competence_id LEFT JOIN organisation_units o ON o.id = g.organisation_unit_id), '[]'))::text
        """;

    /// <summary>
    /// The annual personnel plan, set-based, counted in people: each person once, in the unit of their main post on
    /// the day (the year's last day, or today); per unit and job title the people assessed (a valid current level),
    /// with an agreed plan for the year, and with a place in the year's training; a count is published only when it,
    /// the rest of its group and the group are 0 or at least 5 people.
    /// </summary>
    private const string AnnualSql = """
        WITH RECURSIVE sub AS (
          SELECT id FROM organisation_units WHERE id = @unit
          UNION SELECT o.id FROM organisation_units o JOIN sub s ON o.parent_id = s.id),
        day AS (SELECT least(make_date(@year, 12, 31), current_date) AS d),
        people AS (
          SELECT e.id, post.unit_id, coalesce(post.job_title, '') AS staff_group FROM employees e
          CROSS JOIN LATERAL (
            SELECT m.organisation_unit_id AS unit_id, m.job_title FROM employments m, day
            WHERE m.employee_id = e.id AND m.start_date <= day.d AND (m.end_date IS NULL OR m.end_date >= day.d)
            ORDER BY m."primary" DESC, m.extent_percent DESC, m.start_date, m.id LIMIT 1) post
          WHERE post.unit_id IN (SELECT id FROM sub)),
        flags AS (
          SELECT p.unit_id, p.staff_group,
            EXISTS (
              SELECT 1 FROM competence_assessments a, day
              WHERE a.employee_id = p.id AND a.assessed_at < (day.d + 1)::timestamp AT TIME ZONE 'UTC'
                AND a.assessed_at >= current_date - interval '36 months'
                AND (a.assessor <> 'Evidence' OR NOT EXISTS (
                  SELECT 1 FROM (
                    SELECT m.level, m.assessed_at FROM competence_assessments m
                    WHERE m.employee_id = a.employee_id AND m.competence_id = a.competence_id AND m.assessor = 'Manager'
                      AND m.assessed_at >= current_date - interval '36 months'
                    ORDER BY m.assessed_at DESC, m.id DESC LIMIT 1) newest
                  WHERE NOT (a.assessed_at > newest.assessed_at AND a.level >= newest.level)))) AS assessed,
            EXISTS (
              SELECT 1 FROM development_plans d
              WHERE d.employee_id = p.id AND d.status IN ('Agreed', 'FollowedUp', 'Closed')
                AND d.period_start <= make_date(@year, 12, 31) AND d.period_end >= make_date(@year, 1, 1)) AS agreed,
            (SELECT sum(t.hours) FROM enrolments en JOIN training_events ev ON ev.id = en.training_event_id JOIN trainings t ON t.id = ev.training_id
             WHERE en.employee_id = p.id AND en.status NOT IN ('Cancelled', 'NoShow') AND ev.status <> 'Cancelled'
               AND ev.starts_at >= make_timestamptz(@year, 1, 1, 0, 0, 0, 'UTC') AND ev.starts_at < make_timestamptz(@year + 1, 1, 1, 0, 0, 0, 'UTC')) AS hours
          FROM people p),
        cells AS (
          SELECT unit_id, staff_group, count(*) AS employees, count(*) FILTER (WHERE assessed) AS assessed,
                 count(*) FILTER (WHERE agreed) AS agreed, count(hours) AS participants, coalesce(sum(hours), 0) AS hours
          FROM flags GROUP BY unit_id, staff_group)
        SELECT json_build_object('annualPersonnelPlan', json_build_object(
          'year', @year,
          'staffGroups', coalesce((
              SELECT json_agg(json_build_object('organisationUnit', json_build_object('code', o.code), 'staffGroup', c.staff_group, 'employees', c.employees,
                  'assessed', CASE WHEN c.employees >= 5 AND (c.assessed = 0 OR c.assessed >= 5) AND (c.employees - c.assessed = 0 OR c.employees - c.assessed >= 5) THEN c.assessed END,
                  'withAgreedPlan', CASE WHEN c.employees >= 5 AND (c.agreed = 0 OR c.agreed >= 5) AND (c.employees - c.agreed = 0 OR c.employees - c.agreed >= 5) THEN c.agreed END,
                  'plannedParticipants', CASE WHEN c.employees >= 5 AND (c.participants = 0 OR c.participants >= 5) AND (c.employees - c.participants = 0 OR c.employees - c.participants >= 5) THEN c.participants END,
                  'plannedHours', CASE WHEN c.employees >= 5 AND (c.participants = 0 OR c.participants >= 5) AND (c.employees - c.participants = 0 OR c.employees - c.participants >= 5) THEN c.hours END,
                  'suppressed', c.employees < 5) ORDER BY c.unit_id, c.staff_group)
              FROM cells c JOIN organisation_units o ON o.id = c.unit_id), '[]'),
          'requirements', coalesce((
              SELECT json_agg(json_build_object('organisationUnit', json_build_object('code', o.code), 'headcountNow', g.now_sum, 'headcountFuture', g.future_sum) ORDER BY g.organisation_unit_id)
              FROM (SELECT organisation_unit_id, coalesce(sum(headcount) FILTER (WHERE horizon = 'Now'), 0) AS now_sum, coalesce(sum(headcount) FILTER (WHERE horizon = 'Future'), 0) AS future_sum
                    FROM competence_requirements WHERE organisation_unit_id IN (SELECT id FROM sub) AND withdrawn_at IS NULL GROUP BY organisation_unit_id) g
              JOIN organisation_units o ON o.id = g.organisation_unit_id), '[]'),
          'plannedTrainingEvents', coalesce((
              SELECT json_agg(json_build_object('startsAt', ev.starts_at, 'training', json_build_object('code', t.code)) ORDER BY ev.starts_at, ev.id)
              FROM training_events ev JOIN trainings t ON t.id = ev.training_id
              WHERE ev.status <> 'Cancelled' AND ev.starts_at >= make_timestamptz(@year, 1, 1, 0, 0, 0, 'UTC') AND ev.starts_at < make_timestamptz(@year + 1, 1, 1, 0, 0, 0, 'UTC')
                AND EXISTS (SELECT 1 FROM enrolments en JOIN people p ON p.id = en.employee_id
                            WHERE en.training_event_id = ev.id AND en.status NOT IN ('Cancelled', 'NoShow'))), '[]')))::text
        """;

    /// <summary>
    /// The answer to <paramref name="scenario"/> for <paramref name="caller"/> with the request's
    /// <paramref name="variables"/>: the <c>data</c> object as JSON text, or null when the caller may not ask.
    /// </summary>
    public static async Task<string?> AnswerAsync(NpgsqlDataSource database, string scenario, RawCaller caller, JsonElement variables, CancellationToken cancellationToken)
    {
        var admin = caller.Roles.Contains("Kompetens.Admin");
        switch (scenario)
        {
            case "s1" when caller.ObjectId is { } oid && caller.Scopes.Contains("Kompetens.Access"):
                return await ScalarAsync(database, S1Sql, cancellationToken, ("oid", oid));
            case "s2" when admin || caller.Roles.Contains("Kompetens.Payroll.Sync"):
            {
                var since = variables.GetProperty("since").GetDateTimeOffset();
                object? afterAt = null, afterId = null;
                if (variables.TryGetProperty("after", out var after) && after.ValueKind == JsonValueKind.String)
                {
                    var cursor = JsonSerializer.Deserialize<JsonElement[]>(Base64Url.DecodeFromChars(after.GetString()))!;
                    if (cursor.Length != 3 || cursor[0].GetString() != Scenarios.UpdatedAtCursorFingerprint)
                    {
                        return null;
                    }

                    afterAt = cursor[1].GetDateTimeOffset();
                    afterId = cursor[2].GetGuid();
                }

                return await ScalarAsync(database, S2Sql, cancellationToken, ("since", since), ("after_at", afterAt), ("after_id", afterId), ("page", 1000));
            }

            case "s3" when admin:
                return await ScalarAsync(database, S3Sql, cancellationToken, ("pattern", "%" + Escape(variables.GetProperty("q").GetString()!.Trim()) + "%"));
            case "s4gaps" or "s5" when UnitOf(variables) is { } unit && (admin || caller.ObjectId is not null):
            {
                object? manager = admin ? null : await ScalarAsync(database, "SELECT id::text FROM employees WHERE entra_object_id = @oid AND status = 'Active'", cancellationToken, ("oid", caller.ObjectId!.Value)) is { } id ? Guid.Parse(id) : Guid.Empty;
                await using var command = database.CreateCommand(GapsSql);
                command.Parameters.Add(new("unit", unit));
                command.Parameters.Add(new("manager", manager ?? DBNull.Value));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                return await reader.ReadAsync(cancellationToken) && reader.GetBoolean(0) ? reader.GetString(1) : null;
            }

            case "s4annual" when (admin || caller.Roles.Contains("Kompetens.Analytics.Read")) && UnitOf(variables) is { } unit:
                return await ScalarAsync(database, AnnualSql, cancellationToken, ("unit", unit), ("year", variables.GetProperty("year").GetInt32()));
            default:
                return null;
        }
    }

    /// <summary>Makes <c>%</c>, <c>_</c> and <c>\</c> in the searched text match themselves, as the API does.</summary>
    private static string Escape(string term) => term.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");

    private static Guid? UnitOf(JsonElement variables) =>
        variables.TryGetProperty("u", out var u) && u.ValueKind == JsonValueKind.String && GlobalIds.TryParse(u.GetString()!, "OrganisationUnit", out var id) ? id : null;

    private static async Task<string?> ScalarAsync(NpgsqlDataSource database, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = database.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
        }

        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static readonly JsonDocument NoVariables = JsonDocument.Parse("{}");

    /// <summary>Serves the baseline at <c>POST /raw/{scenario}</c>, with the API's request body, on <paramref name="url"/>.</summary>
    public static WebApplication Build(string url, NpgsqlDataSource database, Func<string, Task<RawCaller?>> authenticate)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.MapPost("/raw/{scenario}", async (string scenario, HttpContext http) =>
        {
            var header = http.Request.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || await authenticate(header["Bearer ".Length..]) is not { } caller)
            {
                return Results.Unauthorized();
            }

            using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            var variables = body.RootElement.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object ? v : NoVariables.RootElement;
            try
            {
                var data = await AnswerAsync(database, scenario, caller, variables, http.RequestAborted);
                return data is null ? Results.StatusCode(403) : Results.Text("{\"data\":" + data + "}", "application/json", Encoding.UTF8);
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or KeyNotFoundException or FormatException or JsonException)
            {
                await Console.Error.WriteLineAsync($"{scenario}: {ex}");
                return Results.StatusCode(500);
            }
        });
        return app;
    }
}
