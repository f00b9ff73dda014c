using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;

namespace Kompetens.Bench;

/// <summary>One timed sync request and the counts of the sync run it made.</summary>
public sealed record SyncTiming(string Run, double Seconds, int Received, int Created, int Updated, int Unchanged, int Rejected, string Status);

/// <summary>
/// Scenario S6 and the generator's first step: the city's units and people go in through the payroll sync
/// mutations over HTTP, as docs/payroll.md tells the payroll system to send them (units first, then one FULL
/// batch of every employee with all of their employments), using the operations in schema/operations/payroll/.
/// Then the same set again (all unchanged), then the set with 2% changed; then the database is checked for lost
/// or duplicated records.
/// </summary>
public sealed class PayrollSync(HttpClient http, string token)
{
    public async Task<List<SyncTiming>> RunAsync(City city, string batchPrefix, CancellationToken cancellationToken)
    {
        var timings = new List<SyncTiming>
        {
            await SendAsync("SyncOrganisationUnits", "FULL unit sync", new
            {
                source = "bench-payroll", batchId = $"{batchPrefix}-units", mode = "FULL",
                units = city.Units.Select(u => new
                {
                    code = u.Code, name = u.Name, kind = u.Kind, parentCode = u.ParentCode,
                    managerEmployeeNumber = City.EmployeeNumber(u.ManagerIndex),
                }),
            }, cancellationToken),
            await SendAsync("SyncEmployees", "FULL employee sync (all new)", EmployeesInput(city.Employees, $"{batchPrefix}-people-1"), cancellationToken),
            await SendAsync("SyncEmployees", "FULL employee sync, unchanged", EmployeesInput(city.Employees, $"{batchPrefix}-people-2"), cancellationToken),
            await SendAsync("SyncEmployees", "FULL employee sync, 2% changed",
                EmployeesInput([.. city.Employees.Select(e => City.ChangesInSecondSync(e) ? City.Changed(e) : e)], $"{batchPrefix}-people-3"), cancellationToken),
        };
        return timings;
    }

    private static object EmployeesInput(IReadOnlyList<EmployeeSpec> employees, string batchId) => new
    {
        source = "bench-payroll", batchId, mode = "FULL",
        employees = employees.Select(e => new
        {
            employeeNumber = e.Number, entraObjectId = e.EntraObjectId, givenName = e.GivenName, familyName = e.FamilyName,
            email = e.Email, preferredLanguage = e.Language,
            employments = e.Employments.Select(m => new
            {
                unitCode = m.UnitCode, jobTitle = m.JobTitle, startDate = m.StartDate.ToString("yyyy-MM-dd"),
                endDate = m.EndDate?.ToString("yyyy-MM-dd"), primary = m.Primary, extentPercent = m.ExtentPercent,
            }),
        }),
    };

    private async Task<SyncTiming> SendAsync(string operation, string run, object input, CancellationToken cancellationToken)
    {
        var query = Scenarios.PayrollOperation(operation);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables = new { input } }) };
        request.Headers.Authorization = new("Bearer", token);
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        watch.Stop();
        var payload = JsonNode.Parse(body)?["data"]?[char.ToLowerInvariant(operation[0]) + operation[1..]]
            ?? throw new InvalidOperationException($"{run}: HTTP {(int)response.StatusCode}: {Truncate(body)}");
        if (payload["errors"] is JsonArray { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"{run}: {errors.ToJsonString()}");
        }

        var syncRun = payload["syncRun"]!;
        if (payload["rejected"] is JsonArray { Count: > 0 } rejected)
        {
            throw new InvalidOperationException($"{run}: {rejected.Count} records rejected, first: {rejected[0]!.ToJsonString()}");
        }

        return new SyncTiming(run, watch.Elapsed.TotalSeconds, Int(syncRun, "received"), Int(syncRun, "created"), Int(syncRun, "updated"),
            Int(syncRun, "unchanged"), Int(syncRun, "rejected"), syncRun["status"]!.GetValue<string>());
    }

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();

    private static string Truncate(string text) => text.Length > 2000 ? text[..2000] : text;

    /// <summary>
    /// The check after S6: every person once, with exactly the employments payroll sent, the 2% changed and no one
    /// else, and the run counts as expected. Returns the problems found (none when the sync lost or doubled nothing).
    /// </summary>
    public static async Task<List<string>> VerifyAsync(NpgsqlDataSource database, City city, IReadOnlyList<SyncTiming> timings, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        async Task<long> Count(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
        }

        void Expect(string what, long expected, long actual)
        {
            if (expected != actual)
            {
                problems.Add($"{what}: expected {expected}, found {actual}");
            }
        }

        var n = city.Employees.Count;
        Expect("employees", n, await Count("SELECT count(*) FROM employees"));
        Expect("distinct employee numbers", n, await Count("SELECT count(DISTINCT employee_number) FROM employees"));
        Expect("distinct Entra object ids", n, await Count("SELECT count(DISTINCT entra_object_id) FROM employees"));
        Expect("active employees", n, await Count("SELECT count(*) FROM employees WHERE status = 'Active'"));
        Expect("employments", city.Employees.Sum(e => e.Employments.Count), await Count("SELECT count(*) FROM employments"));
        Expect("open employments", city.Employees.Sum(e => e.Employments.Count), await Count("SELECT count(*) FROM employments WHERE end_date IS NULL"));
        Expect("units", city.Units.Count, await Count("SELECT count(*) FROM organisation_units"));
        Expect("units with their manager", city.Units.Count, await Count("SELECT count(*) FROM organisation_units WHERE manager_id IS NOT NULL"));
        var changed = city.Employees.Count(City.ChangesInSecondSync);
        Expect("people changed by the third run", changed, await Count("SELECT count(*) FROM employees WHERE family_name LIKE '%-Nyman' AND email LIKE '%.ny@%'"));
        Expect("created by the first employee run", n, timings[1].Created);
        Expect("unchanged in the second run", n, timings[2].Unchanged);
        Expect("updated in the third run", changed, timings[3].Updated);
        Expect("unchanged in the third run", n - changed, timings[3].Unchanged);
        return problems;
    }

}
