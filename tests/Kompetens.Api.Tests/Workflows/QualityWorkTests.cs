using System.Net.Http.Json;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Workflows;

/// <summary>
/// Quality work under the common quality tool: the unit's manager (E10007) records her unit's result, the unit's
/// staff and BI read it, staff of other units do not, and only a QualityTool strategy item will do.
/// </summary>
public sealed class QualityWorkTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Result = "qualityWorkResult { id periodStart periodEnd score organisationUnit { code } qualityTool { kind } }";

    private GraphQLClient Mikael => api.GraphQL(TestTokens.DemoManager);

    private async Task<(string Unit, string Tool, string Goal)> IdsAsync()
    {
        var ids = await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("""
            { organisationUnits(where: { code: { eq: "BILD-GRU" } }) { nodes { id } }
              tools: strategyItems(where: { kind: { eq: QUALITY_TOOL } }) { nodes { id } }
              goals: strategyItems(where: { kind: { eq: GOAL } }) { nodes { id } } }
            """);
        return (ids["organisationUnits"]!["nodes"]![0]!["id"]!.GetValue<string>(), ids["tools"]!["nodes"]![0]!["id"]!.GetValue<string>(), ids["goals"]!["nodes"]![0]!["id"]!.GetValue<string>());
    }

    private static object Input(string unit, string tool, int year) =>
        new { organisationUnitId = unit, qualityToolId = tool, periodStart = $"{year}-01-01", periodEnd = $"{year}-12-31", summary = "Självvärdering enligt CAF.", score = 61.5m, improvementActions = "Gemensamma temadagar." };

    [Fact]
    public async Task The_units_manager_records_a_result_under_the_quality_tool_and_the_units_staff_read_it()
    {
        var (unit, tool, _) = await IdsAsync();

        var recorded = await Mikael.MutateAsync("recordQualityWorkResult", "RecordQualityWorkResultInput", Result, Input(unit, tool, 2031));
        var staff = await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("{ me { organisationUnit { qualityWorkResults { id score } } } }");

        Assert.Null(recorded["errors"]);
        Assert.Equal("QUALITY_TOOL", recorded["qualityWorkResult"]!["qualityTool"]!["kind"]!.GetValue<string>());
        Assert.Equal(61.5m, recorded["qualityWorkResult"]!["score"]!.GetValue<decimal>());
        Assert.Contains(staff["me"]!["organisationUnit"]!["qualityWorkResults"]!.AsArray(), r => r!["id"]!.GetValue<string>() == recorded["qualityWorkResult"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_a_quality_tool_will_do_and_one_result_per_unit_tool_and_period()
    {
        var (unit, tool, goal) = await IdsAsync();

        var notATool = await Mikael.MutateAsync("recordQualityWorkResult", "RecordQualityWorkResultInput", Result, Input(unit, goal, 2032));
        var first = await Mikael.MutateAsync("recordQualityWorkResult", "RecordQualityWorkResultInput", Result, Input(unit, tool, 2032));
        var again = await Mikael.MutateAsync("recordQualityWorkResult", "RecordQualityWorkResultInput", Result, Input(unit, tool, 2032));

        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(notATool));
        Assert.Null(first["errors"]);
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(again));
    }

    [Fact]
    public async Task Five_managers_recording_the_same_result_at_once_leave_one_and_the_rest_hear_why()
    {
        var (unit, tool, _) = await IdsAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            Mikael.MutateAsync("recordQualityWorkResult", "RecordQualityWorkResultInput", Result, Input(unit, tool, 2036))));

        Assert.Single(answers, a => a["errors"] is null);
        Assert.All(answers.Where(a => a["errors"] is not null), a => Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(a)));
    }

    [Fact]
    public async Task An_employee_who_does_not_manage_the_unit_cannot_record_its_result()
    {
        var (unit, tool, _) = await IdsAsync();

        var bySara = await api.GraphQL(TestTokens.DemoEmployee).MutateAsync("recordQualityWorkResult", "RecordQualityWorkResultInput", Result, Input(unit, tool, 2033));

        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(bySara));
    }

    [Fact]
    public async Task Staff_of_another_administration_see_only_their_own_units_results_while_BI_and_HR_see_all()
    {
        var nurse = api.GraphQL(TestTokens.User((await TestData.ListAsync<Guid>(api, "SELECT entra_object_id FROM employees WHERE employee_number = 'E10189'")).Single()));
        const string Query = "{ qualityWorkResults(order: [{ periodStart: ASC }]) { totalCount nodes { organisationUnit { code } summary score } } }";

        var seenByNurse = await nurse.QueryAsync(Query);
        var seenByBi = await api.GraphQL(TestTokens.Analytics).QueryAsync(Query);
        var seenByHr = await api.GraphQL(TestTokens.Admin).QueryAsync(Query);

        Assert.Equal(["SOC"], seenByNurse["qualityWorkResults"]!["nodes"]!.AsArray().Select(n => n!["organisationUnit"]!["code"]!.GetValue<string>()).Distinct());
        Assert.True(seenByBi["qualityWorkResults"]!["totalCount"]!.GetValue<int>() >= 5);
        Assert.Equal(seenByHr["qualityWorkResults"]!["totalCount"]!.GetValue<int>(), seenByBi["qualityWorkResults"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task BI_reads_the_results_by_the_committed_operation()
    {
        var documentId = "sha256:" + Http.PersistedOperationsTests.HashOfFile("bi/QualityWorkResults.graphql");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { documentId, variables = new { where = new { organisationUnit = new { code = new { eq = "SOC" } } } } }),
        };
        request.Headers.Accept.ParseAdd(GraphQLClient.GraphQLResponse);

        var result = await api.GraphQL(TestTokens.Analytics).SendAsync(request);

        Assert.True(result.Errors is null, result.Errors?.ToJsonString());
        Assert.Equal("SOC", result.Data!["qualityWorkResults"]!["nodes"]![0]!["organisationUnit"]!["code"]!.GetValue<string>());
        Assert.Equal(58m, result.Data!["qualityWorkResults"]!["nodes"]![0]!["score"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_manager_above_reads_the_results_of_the_units_below_and_records_for_them()
    {
        var (_, tool, _) = await IdsAsync();
        var school = (await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("{ organisationUnits(where: { code: { eq: \"BILD-GRU-01\" } }) { nodes { id } } }"))["organisationUnits"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var recorded = await Mikael.MutateAsync("recordQualityWorkResult", "RecordQualityWorkResultInput", Result, Input(school, tool, 2034));
        var listed = await Mikael.QueryAsync("{ qualityWorkResults(where: { organisationUnit: { code: { eq: \"BILD-GRU-01\" } } }) { nodes { periodStart } } }");

        Assert.Null(recorded["errors"]);
        Assert.Contains(listed["qualityWorkResults"]!["nodes"]!.AsArray(), n => n!["periodStart"]!.GetValue<string>() == "2034-01-01");
    }
}
