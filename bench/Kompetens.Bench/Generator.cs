using System.Diagnostics;
using Npgsql;

namespace Kompetens.Bench;

/// <summary>What generating a city did and took.</summary>
public sealed record GenerationReport(int Employees, int Units, int Seed, IReadOnlyList<SyncTiming> Sync, IReadOnlyList<string> SyncProblems, Dictionary<string, long> Rows, double BulkSeconds, double TotalSeconds);

/// <summary>
/// Generates the benchmark city into a running service's empty database: the organisation through the payroll
/// sync over HTTP (scenario S6, timed and checked), then everything else with binary COPY.
/// </summary>
public static class Generator
{
    public static async Task<GenerationReport> RunAsync(City city, HttpClient api, string payrollToken, NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var sync = await new PayrollSync(api, payrollToken).RunAsync(city, $"bench-{city.Seed}-{city.Employees.Count}", cancellationToken);
        var problems = await PayrollSync.VerifyAsync(database, city, sync, cancellationToken);
        var bulk = Stopwatch.StartNew();
        var sizes = await new BulkData(database, city).WriteAsync(cancellationToken);
        return new GenerationReport(city.Employees.Count, city.Units.Count, city.Seed, sync, problems, sizes.Rows, bulk.Elapsed.TotalSeconds, total.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// A checksum over the generated data by natural keys (payroll keys, codes, values), so that two cities made
    /// from one seed compare equal although the service gave their people and units different ids.
    /// </summary>
    public static async Task<string> ChecksumAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT md5(string_agg(part, '|' ORDER BY part)) FROM (
              SELECT 'u' || md5(string_agg(concat_ws(',', u.code, u.name_sv, u.name_fi, u.kind, p.code, m.employee_number), ';' ORDER BY u.code)) AS part
                FROM organisation_units u LEFT JOIN organisation_units p ON p.id = u.parent_id LEFT JOIN employees m ON m.id = u.manager_id
              UNION ALL SELECT 'e' || md5(string_agg(concat_ws(',', e.employee_number, e.entra_object_id, e.given_name, e.family_name, e.email, e.job_title, e.status), ';' ORDER BY e.employee_number)) FROM employees e
              UNION ALL SELECT 'm' || md5(string_agg(concat_ws(',', e.employee_number, u.code, m.job_title, m.start_date, m."primary", m.extent_percent), ';' ORDER BY e.employee_number, u.code, m.start_date))
                FROM employments m JOIN employees e ON e.id = m.employee_id JOIN organisation_units u ON u.id = m.organisation_unit_id
              UNION ALL SELECT 'a' || md5(string_agg(concat_ws(',', a.id, e.employee_number, c.code, a.level, a.assessor, a.assessed_at), ';' ORDER BY a.id))
                FROM competence_assessments a JOIN employees e ON e.id = a.employee_id JOIN competences c ON c.id = a.competence_id
              UNION ALL SELECT 'p' || md5(string_agg(concat_ws(',', p.id, e.employee_number, p.period_start, p.status), ';' ORDER BY p.id)) FROM development_plans p JOIN employees e ON e.id = p.employee_id
              UNION ALL SELECT 'g' || md5(string_agg(concat_ws(',', g.id, g.plan_id, g.competence_id, g.target_level), ';' ORDER BY g.id)) FROM plan_goals g
              UNION ALL SELECT 'x' || md5(string_agg(concat_ws(',', a.id, a.plan_id, a.kind, a.training_event_id, a.status), ';' ORDER BY a.id)) FROM plan_activities a
              UNION ALL SELECT 'n' || md5(string_agg(concat_ws(',', n.id, e.employee_number, n.training_event_id, n.status), ';' ORDER BY n.id)) FROM enrolments n JOIN employees e ON e.id = n.employee_id
              UNION ALL SELECT 'r' || md5(string_agg(concat_ws(',', r.id, u.code, r.job_title, r.competence_id, r.required_level, r.headcount, r.horizon), ';' ORDER BY r.id))
                FROM competence_requirements r LEFT JOIN organisation_units u ON u.id = r.organisation_unit_id
              UNION ALL SELECT 't' || md5(string_agg(concat_ws(',', t.team_id, e.employee_number, t.role), ';' ORDER BY t.team_id, e.employee_number)) FROM team_memberships t JOIN employees e ON e.id = t.employee_id
              UNION ALL SELECT 'v' || md5(string_agg(concat_ws(',', v.id, v.starts_at, v.capacity, v.status), ';' ORDER BY v.id)) FROM training_events v) parts
            """;
        await using var command = database.CreateCommand(sql);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
