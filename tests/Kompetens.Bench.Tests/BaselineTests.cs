using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kompetens.Api.Tests.Infrastructure;
using Kompetens.Bench;

namespace Kompetens.Bench.Tests;

/// <summary>
/// The comparison is fair: for the same request and the same caller (real tokens, a different one per request, as
/// the load runs send them), the raw baseline answers exactly the data the API answers, scenario by scenario.
/// </summary>
public sealed class BaselineTests(BenchCity city) : IClassFixture<BenchCity>
{
    private const int RequestsPerScenario = 6;

    public static TheoryData<string> ScenarioKeys => [.. Scenarios.All.Select(s => s.Key)];

    [Theory]
    [MemberData(nameof(ScenarioKeys))]
    public async Task Baseline_answers_the_same_data_as_the_API(string scenario)
    {
        var sets = await RequestSets.BuildAsync(city.Database, city.City, oid => TestTokens.User(oid), role => TestTokens.App(role), RequestsPerScenario, CancellationToken.None);
        var compared = 0;
        var meaningful = 0;
        foreach (var request in sets[scenario])
        {
            var api = await PostAsync(city.Api.CreateClient(), "/graphql", request);
            Assert.True(api["errors"] is null, $"API errors: {api["errors"]?.ToJsonString()}");
            var raw = await PostAsync(city.Baseline, "/raw/" + scenario, request);
            var expected = Canonical(scenario, api["data"]!);
            var actual = Canonical(scenario, raw["data"]!);
            Assert.True(JsonNode.DeepEquals(expected, actual), $"{scenario}: baseline differs from the API for {request.Body}\nAPI: {Truncate(expected)}\nraw: {Truncate(actual)}");
            meaningful += Meaningful(scenario, expected) ? 1 : 0;
            compared++;
        }

        // Comparing empty answers would prove little: most of them hold data.
        Assert.True(meaningful * 2 > compared, $"{scenario}: only {meaningful} of {compared} answers hold data");
    }

    [Fact]
    public async Task Baseline_refuses_what_the_API_refuses()
    {
        var sets = await RequestSets.BuildAsync(city.Database, city.City, oid => TestTokens.User(oid), role => TestTokens.App(role), 1, CancellationToken.None);
        // A BI tool may not read the gap analysis (it is for managers and HR), nor an employee the payroll read-back.
        var gaps = sets[Scenarios.S4Gaps.Key][0] with { Token = TestTokens.Analytics };
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(city.Baseline, "/raw/s4gaps", gaps)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(city.Baseline, "/raw/s2", sets[Scenarios.S2.Key][0] with { Token = TestTokens.User(City.ObjectId(200)) })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(city.Baseline, "/raw/s1", sets[Scenarios.S1.Key][0] with { Token = "not-a-token" })).StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string path, BenchRequest request)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(request.Body, System.Text.Encoding.UTF8, "application/json") };
        message.Headers.Authorization = new("Bearer", request.Token);
        return await http.SendAsync(message);
    }

    private static async Task<JsonNode> PostAsync(HttpClient http, string path, BenchRequest request)
    {
        using var response = await SendAsync(http, path, request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>
    /// Numbers compared by value (2.50 is 2.5), and the annual plan's requirements by unit: the API does not order
    /// that list (it is a GROUP BY), so its order is not part of the answer.
    /// </summary>
    private static JsonNode Canonical(string scenario, JsonNode data)
    {
        var copy = Numbers(data)!;
        if (scenario == Scenarios.S4Annual.Key && copy["annualPersonnelPlan"]?["requirements"] is JsonArray requirements)
        {
            var sorted = requirements.Select(r => r!.DeepClone()).OrderBy(r => r["organisationUnit"]!["code"]!.GetValue<string>(), StringComparer.Ordinal).ToList();
            copy["annualPersonnelPlan"]!["requirements"] = new JsonArray([.. sorted]);
        }

        return copy;
    }

    private static JsonNode? Numbers(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Numbers(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Numbers)]),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => JsonValue.Create(v.GetValue<decimal>() / 1.000000000000000000000000000000000m),
        _ => node?.DeepClone(),
    };

    private static bool Meaningful(string scenario, JsonNode data) => scenario switch
    {
        "s1" => data["me"]?["competenceProfile"]?.AsArray().Count > 0,
        "s2" => data["employees"]?["nodes"]?.AsArray().Count > 0,
        "s3" => data["employees"]?["totalCount"]?.GetValue<decimal>() > 0,
        "s4gaps" or "s5" => data["competenceGaps"]?.AsArray().Any(g => g!["qualified"]!.GetValue<decimal>() > 0) == true,
        "s4annual" => data["annualPersonnelPlan"]?["staffGroups"]?.AsArray().Any(g => g!["assessed"] is not null) == true,
        _ => false,
    };

    private static string Truncate(JsonNode node) => node.ToJsonString() is var s && s.Length > 3000 ? s[..3000] : s;
}
