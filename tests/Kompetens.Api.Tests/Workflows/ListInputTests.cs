using System.Text.Json.Nodes;
using Kompetens.Api.Tests.Infrastructure;
using Kompetens.GraphQL.Data.Ids;

namespace Kompetens.Api.Tests.Workflows;

/// <summary>
/// A list of ids in an input is all or nothing (issue 9, item 10): one id that names nothing refuses the whole input
/// with INVALID_INPUT, the field and the id, and nothing is saved — it is never silently dropped.
/// </summary>
public sealed class ListInputTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string InputErrors = "errors { ... on InvalidInputError { field } }";

    private static void AssertRefused(JsonNode payload, string resultField, string field, string unknownId)
    {
        Assert.Null(payload[resultField]);
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(payload));
        Assert.Equal(field, payload["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Contains(unknownId, payload["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private Task<long> CountAsync(string sql) => TestData.ListAsync<long>(api, sql).ContinueWith(t => t.Result[0], TaskScheduler.Default);

    [Fact]
    public async Task A_plan_with_an_unknown_strategy_goal_is_refused_whole()
    {
        var sara = api.GraphQL(TestTokens.DemoEmployee);
        var goal = (await sara.QueryAsync("{ strategyItems(where: { parent: { kind: { eq: SERVICE_STRATEGY } } }, first: 1) { nodes { id } } }"))["strategyItems"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var unknown = GlobalId.Format("StrategyItem", Guid.CreateVersion7());
        var before = await CountAsync("SELECT count(*) FROM development_plans");

        var payload = await sara.MutateAsync("draftDevelopmentPlan", "DraftDevelopmentPlanInput", $"developmentPlan {{ id strategyGoals {{ id }} }} {InputErrors}",
            new { periodStart = "2027-01-01", periodEnd = "2027-12-31", strategyGoalIds = new[] { goal, unknown } });

        AssertRefused(payload, "developmentPlan", "strategyGoalIds", unknown);
        Assert.Equal(before, await CountAsync("SELECT count(*) FROM development_plans"));
    }

    [Fact]
    public async Task A_team_over_an_unknown_unit_is_refused_whole()
    {
        var hr = api.GraphQL();
        var unit = (await hr.QueryAsync("{ organisationUnits(first: 1, order: [{ code: ASC }]) { nodes { id } } }"))["organisationUnits"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var unknown = GlobalId.Format("OrganisationUnit", Guid.CreateVersion7());
        var before = await CountAsync("SELECT count(*) FROM teams");

        var payload = await hr.MutateAsync("formTeam", "FormTeamInput", $"team {{ id }} {InputErrors}",
            new { name = new { sv = "Spökteamet" }, task = "Finns inte", kind = "PROJECT", startsOn = "2027-01-01", unitIds = new[] { unit, unknown } });

        AssertRefused(payload, "team", "unitIds", unknown);
        Assert.Equal(before, await CountAsync("SELECT count(*) FROM teams"));
    }

    [Fact]
    public async Task A_mapping_campaign_over_an_unknown_unit_is_refused_whole()
    {
        var hr = api.GraphQL();
        var unit = (await hr.QueryAsync("{ organisationUnits(first: 1, order: [{ code: ASC }]) { nodes { id } } }"))["organisationUnits"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var unknown = GlobalId.Format("OrganisationUnit", Guid.CreateVersion7());
        var before = await CountAsync("SELECT count(*) FROM mapping_campaigns");

        var payload = await hr.MutateAsync("openMappingCampaign", "OpenMappingCampaignInput", $"mappingCampaign {{ id }} {InputErrors}",
            new { name = new { sv = "Spökkartläggning" }, startsOn = "2027-01-01", endsOn = "2027-03-31", unitIds = new[] { unit, unknown } });

        AssertRefused(payload, "mappingCampaign", "unitIds", unknown);
        Assert.Equal(before, await CountAsync("SELECT count(*) FROM mapping_campaigns"));
    }

    [Fact]
    public async Task A_list_of_more_ids_than_the_limit_is_refused_before_it_reaches_the_database()
    {
        var hr = api.GraphQL();
        var competences = Enumerable.Range(0, 201).Select(_ => GlobalId.Format("Competence", Guid.CreateVersion7())).ToArray();
        var unit = (await hr.QueryAsync("{ organisationUnits(first: 1, order: [{ code: ASC }]) { nodes { id } } }"))["organisationUnits"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var before = await CountAsync("SELECT count(*) FROM mapping_campaigns");

        var payload = await hr.MutateAsync("openMappingCampaign", "OpenMappingCampaignInput", "mappingCampaign { id } errors { ... on Error { code message } ... on InvalidInputError { field } }",
            new { name = new { sv = "För många" }, startsOn = "2027-01-01", endsOn = "2027-03-31", unitIds = new[] { unit }, competenceIds = competences });

        Assert.Null(payload["mappingCampaign"]);
        Assert.Equal("INVALID_INPUT", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("competenceIds", payload["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Contains("At most 200", payload["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(before, await CountAsync("SELECT count(*) FROM mapping_campaigns"));
    }
}
