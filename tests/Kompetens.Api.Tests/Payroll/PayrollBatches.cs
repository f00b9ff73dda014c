using System.Text.Json.Nodes;
using Kompetens.Api.Data;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Payroll;

/// <summary>Batches as the payroll system sends them, and the committed operations (schema/operations/payroll) it sends them with.</summary>
public static class PayrollBatches
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static string Operation(string name) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "schema", "operations", "payroll", name + ".graphql"));

    public static Dictionary<string, object?> Unit(string code, string? parent, string kind = "WORKPLACE", string? manager = null, string? name = null) => new()
    {
        ["code"] = code, ["name"] = name ?? "Enhet " + code, ["nameFi"] = "Yksikkö " + code, ["kind"] = kind, ["parentCode"] = parent, ["managerEmployeeNumber"] = manager,
    };

    public static Dictionary<string, object?> Post(string unit, string title = "Närvårdare", DateOnly? start = null, DateOnly? end = null, bool primary = true, int extent = 100) => new()
    {
        ["unitCode"] = unit, ["jobTitle"] = title, ["startDate"] = (start ?? new DateOnly(2020, 1, 1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["endDate"] = end?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["primary"] = primary, ["extentPercent"] = extent,
    };

    public static Dictionary<string, object?> Person(string number, Guid? entraId, params Dictionary<string, object?>[] posts) => new()
    {
        ["employeeNumber"] = number, ["entraObjectId"] = entraId, ["givenName"] = "Anna", ["familyName"] = "Andersson " + number,
        ["email"] = $"anna.{number.ToLowerInvariant()}@stad.example", ["preferredLanguage"] = "sv", ["employments"] = posts,
    };

    /// <summary>The city: one administration with <paramref name="workplaces"/> workplaces W01, W02, ….</summary>
    public static List<Dictionary<string, object?>> City(int workplaces = 20)
    {
        var units = new List<Dictionary<string, object?>> { Unit("CITY", null, "CITY"), Unit("ADM", "CITY", "ADMINISTRATION") };
        units.AddRange(Enumerable.Range(1, workplaces).Select(i => Unit($"W{i:00}", "ADM")));
        return units;
    }

    /// <summary><paramref name="count"/> people P{first}… in the city's workplaces; every tenth also has a part-time post in the next workplace.</summary>
    public static List<Dictionary<string, object?>> People(int count, int first = 1, int workplaces = 20) =>
        Enumerable.Range(first, count).Select(i =>
        {
            var unit = $"W{i % workplaces + 1:00}";
            return i % 10 == 0
                ? Person($"P{i:00000}", Guid.NewGuid(), Post(unit, extent: 60), Post($"W{(i + 1) % workplaces + 1:00}", "Sjuksköterska", primary: false, extent: 40))
                : Person($"P{i:00000}", Guid.NewGuid(), Post(unit));
        }).ToList();

    public static async Task<JsonNode> SyncUnitsAsync(this GraphQLClient client, string batchId, string mode, IEnumerable<Dictionary<string, object?>> units, bool dryRun = false, string source = "heroma") =>
        (await client.QueryAsync(Operation("SyncOrganisationUnits"), new { input = new { source, batchId, mode, dryRun, units } }))["syncOrganisationUnits"]!;

    public static async Task<JsonNode> SyncEmployeesAsync(this GraphQLClient client, string batchId, string mode, IEnumerable<Dictionary<string, object?>> employees, bool dryRun = false, string source = "heroma") =>
        (await client.QueryAsync(Operation("SyncEmployees"), new { input = new { source, batchId, mode, dryRun, employees } }))["syncEmployees"]!;

    public static int Count(this JsonNode payload, string field) => payload["syncRun"]![field]!.GetValue<int>();

    public static Dictionary<string, int> Codes(this JsonNode payload) =>
        payload["rejected"]!.AsArray().GroupBy(r => r!["code"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count());

    public static async Task<JsonNode> EmployeeAsync(this GraphQLClient client, string number) =>
        (await client.QueryAsync("""
            query($n: String!) { employees(where: { employeeNumber: { eq: $n } }) { nodes {
              employeeNumber status jobTitle updatedAt organisationUnit { code }
              employments { organisationUnit { code } startDate endDate primary extentPercent } } } }
            """, new { n = number }))["employees"]!["nodes"]![0]!;
}
