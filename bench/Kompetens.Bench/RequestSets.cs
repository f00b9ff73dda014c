using System.Text.Json;
using Npgsql;

namespace Kompetens.Bench;

/// <summary>One request of a scenario: the caller's token and the JSON body (the same for the API and the baseline).</summary>
public sealed record BenchRequest(string Token, string Body);

/// <summary>
/// The requests each scenario draws from at random: a different caller per request (many employees, every
/// department's manager), different search terms, different pages. Written one per line (token, tab, body) for
/// the wrk script, and used by the tests as they are.
/// </summary>
public static class RequestSets
{
    public const string Since = "2000-01-01T00:00:00+00:00";

    public static async Task<Dictionary<string, List<BenchRequest>>> BuildAsync(NpgsqlDataSource database, City city, Func<Guid, string> userToken, Func<string, string> appToken, int perScenario, CancellationToken cancellationToken)
    {
        var random = new Random(city.Seed + 17);
        var unitIds = new Dictionary<string, Guid>();
        await using (var command = database.CreateCommand("SELECT code, id FROM organisation_units"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                unitIds[reader.GetString(0)] = reader.GetGuid(1);
            }
        }

        // Every 1,000th changed employee's cursor: the pages a payroll read-back walks through.
        var cursors = new List<string?> { null };
        await using (var command = database.CreateCommand($"""
            SELECT rtrim(translate(encode(convert_to('["{Scenarios.UpdatedAtCursorFingerprint}","' || (to_json(updated_at) #>> '{"{}"}') || '","' || id || '"]', 'UTF8'), 'base64'), E'+/\n', '-_'), '=')
            FROM (SELECT updated_at, id, row_number() OVER (ORDER BY updated_at, id) AS n FROM employees) x WHERE n % 1000 = 0 ORDER BY n
            """))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                cursors.Add(reader.GetString(0));
            }
        }

        static string Body(Scenario scenario, object variables) => JsonSerializer.Serialize(new { query = scenario.Query, variables });
        var departments = city.Units.Where(u => u.Level == 2).ToList();
        var largest = GlobalIds.Format("OrganisationUnit", unitIds[city.LargestAdministration.Code]);
        var admin = appToken("Kompetens.Admin");
        var sets = new Dictionary<string, List<BenchRequest>>
        {
            [Scenarios.S1.Key] = [.. Enumerable.Range(0, perScenario).Select(_ => new BenchRequest(userToken(City.ObjectId(random.Next(city.Employees.Count))), Body(Scenarios.S1, new { })))],
            [Scenarios.S2.Key] = [.. Enumerable.Range(0, perScenario).Select(_ => new BenchRequest(appToken("Kompetens.Payroll.Sync"), Body(Scenarios.S2, new { since = Since, after = cursors[random.Next(cursors.Count)] })))],
            [Scenarios.S3.Key] = [.. Enumerable.Range(0, perScenario).Select(_ => new BenchRequest(admin, Body(Scenarios.S3, new { q = Scenarios.SearchTerms[random.Next(Scenarios.SearchTerms.Length)] })))],
            [Scenarios.S4Gaps.Key] = [new BenchRequest(admin, Body(Scenarios.S4Gaps, new { u = largest }))],
            [Scenarios.S4Annual.Key] = [new BenchRequest(appToken("Kompetens.Analytics.Read"), Body(Scenarios.S4Annual, new { u = largest, year = Scenarios.AnnualPlanYear }))],
            [Scenarios.S5.Key] = [.. Enumerable.Range(0, perScenario).Select(_ => departments[random.Next(departments.Count)])
                .Select(d => new BenchRequest(userToken(City.ObjectId(d.ManagerIndex)), Body(Scenarios.S5, new { u = GlobalIds.Format("OrganisationUnit", unitIds[d.Code]) })))],
        };
        return sets;
    }

    public static async Task WriteAsync(Dictionary<string, List<BenchRequest>> sets, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        foreach (var (key, requests) in sets)
        {
            await File.WriteAllLinesAsync(Path.Combine(directory, key + ".txt"), requests.Select(r => r.Token + "\t" + r.Body), cancellationToken);
        }
    }
}
