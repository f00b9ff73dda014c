using System.Text.Json.Nodes;
using Kompetens.Api.Tests.Infrastructure;
using Kompetens.GraphQL.Data.Ids;

namespace Kompetens.Api.Tests.Workflows;

/// <summary>HR keeps the city's strategy items and funding sources, which were only seeded before: create, update, retire.</summary>
public sealed class StrategyUpkeepTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Item = "strategyItem { id kind title { sv fi en } description { sv } decisionReference validFrom validTo parent { id } }";
    private const string Funding = "fundingSource { id status kind programme projectCode appliedAmount grantedAmount validFrom validTo name { sv fi text(language: \"fi\") } }";

    private async Task<string> ItemOfKindAsync(string kind) =>
        (await api.GraphQL().QueryAsync($"{{ strategyItems(where: {{ kind: {{ eq: {kind} }} }}, order: [{{ createdAt: ASC }}], first: 1) {{ nodes {{ id }} }} }}"))["strategyItems"]!["nodes"]![0]!["id"]!.GetValue<string>();

    private static string? Field(JsonNode payload) => payload["errors"]?[0]?["field"]?.GetValue<string>();

    private static async Task<JsonNode> MutateAsync(GraphQLClient client, string mutation, string inputType, string selection, object input) =>
        (await client.QueryAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection} errors {{ __typename ... on Error {{ code message }} ... on InvalidInputError {{ field }} }} }} }}", new { input }))[mutation]!;

    [Fact]
    public async Task A_retired_strategy_item_is_neither_acknowledged_nor_a_new_plans_goal()
    {
        var sara = api.GraphQL(TestTokens.DemoEmployee);
        var retired = (await api.GraphQL().QueryAsync("""
            { strategyItems(where: { validTo: { lt: "2025-01-01" } }, first: 1) { nodes { id } } }
            """))["strategyItems"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var (start, end) = TestData.FreePlanPeriod();

        var acknowledged = await MutateAsync(sara, "acknowledgeStrategyItem", "AcknowledgeStrategyItemInput", "strategyAcknowledgement { id }",
            new { strategyItemId = retired });
        var drafted = await MutateAsync(sara, "draftDevelopmentPlan", "DraftDevelopmentPlanInput", "developmentPlan { id }",
            new { periodStart = start, periodEnd = end, strategyGoalIds = new[] { retired } });

        Assert.Null(acknowledged["strategyAcknowledgement"]);
        Assert.Equal("strategyItemId", Field(acknowledged));
        Assert.Null(drafted["developmentPlan"]);
        Assert.Equal("strategyGoalIds", Field(drafted));
    }

    [Fact]
    public async Task Hr_creates_a_goal_under_the_vision_changes_it_and_retires_it()
    {
        var hr = api.GraphQL();
        var vision = await ItemOfKindAsync("VISION");

        var created = await MutateAsync(hr, "createStrategyItem", "CreateStrategyItemInput", Item, new
        {
            kind = "GOAL", parentId = vision,
            title = new { sv = "Hållbar arbetsgivare", fi = "Kestävä työnantaja", en = "A sustainable employer" },
            description = new { sv = "Staden är en attraktiv arbetsgivare." },
            decisionReference = "Stadsfullmäktige 10.6.2026 § 51", validFrom = "2026-07-01", validTo = "2030-12-31",
        });
        var id = created["strategyItem"]!["id"]!.GetValue<string>();
        var updated = await MutateAsync(hr, "updateStrategyItem", "UpdateStrategyItemInput", Item, new
        {
            strategyItemId = id, title = new { sv = "En hållbar arbetsgivare", fi = "Kestävä työnantaja" }, validTo = "2029-12-31",
        });
        var retired = await MutateAsync(hr, "retireStrategyItem", "RetireStrategyItemInput", Item, new { strategyItemId = id, lastDay = "2026-11-30" });
        var retiredAgain = await MutateAsync(hr, "retireStrategyItem", "RetireStrategyItemInput", Item, new { strategyItemId = id });

        Assert.Null(created["errors"]);
        Assert.Equal("GOAL", created["strategyItem"]!["kind"]!.GetValue<string>());
        Assert.Equal("Kestävä työnantaja", created["strategyItem"]!["title"]!["fi"]!.GetValue<string>());
        Assert.Equal(vision, created["strategyItem"]!["parent"]!["id"]!.GetValue<string>());
        Assert.Equal("En hållbar arbetsgivare", updated["strategyItem"]!["title"]!["sv"]!.GetValue<string>());
        Assert.Equal("Staden är en attraktiv arbetsgivare.", updated["strategyItem"]!["description"]!["sv"]!.GetValue<string>());
        Assert.Equal("Stadsfullmäktige 10.6.2026 § 51", updated["strategyItem"]!["decisionReference"]!.GetValue<string>());
        Assert.Equal("2029-12-31", updated["strategyItem"]!["validTo"]!.GetValue<string>());
        Assert.Equal("2026-11-30", retired["strategyItem"]!["validTo"]!.GetValue<string>());
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(retiredAgain));
    }

    [Fact]
    public async Task Retiring_without_a_last_day_ends_the_item_today_and_it_stays_readable()
    {
        var hr = api.GraphQL();
        var id = (await MutateAsync(hr, "createStrategyItem", "CreateStrategyItemInput", Item, new { kind = "SERVICE_STRATEGY", title = new { sv = "Tillfällig strategi" }, validFrom = "2026-01-01" }))["strategyItem"]!["id"]!.GetValue<string>();

        var retired = await MutateAsync(hr, "retireStrategyItem", "RetireStrategyItemInput", Item, new { strategyItemId = id });
        var read = await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("query($id: ID!) { node(id: $id) { ... on StrategyItem { validTo title { sv } } } }", new { id });

        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(today, retired["strategyItem"]!["validTo"]!.GetValue<string>());
        Assert.Equal(today, read["node"]!["validTo"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_quality_tool_always_carries_the_boards_decision_reference()
    {
        var hr = api.GraphQL();
        var qualityTool = await ItemOfKindAsync("QUALITY_TOOL");

        var withoutDecision = await MutateAsync(hr, "createStrategyItem", "CreateStrategyItemInput", Item, new { kind = "QUALITY_TOOL", title = new { sv = "Lean" } });
        var decisionCleared = await MutateAsync(hr, "updateStrategyItem", "UpdateStrategyItemInput", Item, new { strategyItemId = qualityTool, decisionReference = " " });
        var withDecision = await MutateAsync(hr, "createStrategyItem", "CreateStrategyItemInput", Item, new { kind = "QUALITY_TOOL", title = new { sv = "Lean" }, decisionReference = "Stadsstyrelsen 1.9.2026 § 200" });

        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(withoutDecision));
        Assert.Equal("decisionReference", Field(withoutDecision));
        Assert.Equal("decisionReference", Field(decisionCleared));
        Assert.Null(withDecision["errors"]);
        Assert.Equal("Stadsstyrelsen 1.9.2026 § 200", withDecision["strategyItem"]!["decisionReference"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_parent_must_exist_and_no_item_goes_under_itself_or_an_item_below_it()
    {
        var hr = api.GraphQL();
        var vision = await ItemOfKindAsync("VISION");
        var goalOfServiceStrategy = (await hr.QueryAsync("{ strategyItems(where: { kind: { eq: GOAL }, parent: { kind: { eq: SERVICE_STRATEGY } } }, first: 1) { nodes { id } } }"))["strategyItems"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var unknownParent = await MutateAsync(hr, "createStrategyItem", "CreateStrategyItemInput", Item, new { kind = "GOAL", title = new { sv = "Föräldralös" }, parentId = GlobalId.Format("StrategyItem", Guid.CreateVersion7()) });
        var underItself = await MutateAsync(hr, "updateStrategyItem", "UpdateStrategyItemInput", Item, new { strategyItemId = vision, parentId = vision });
        var underItsGrandchild = await MutateAsync(hr, "updateStrategyItem", "UpdateStrategyItemInput", Item, new { strategyItemId = vision, parentId = goalOfServiceStrategy });
        var moved = await MutateAsync(hr, "updateStrategyItem", "UpdateStrategyItemInput", Item, new { strategyItemId = goalOfServiceStrategy, parentId = vision });

        Assert.Equal("parentId", Field(unknownParent));
        Assert.Equal("parentId", Field(underItself));
        Assert.Equal("parentId", Field(underItsGrandchild));
        Assert.Equal(vision, moved["strategyItem"]!["parent"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_strategy_item_does_not_end_before_it_starts()
    {
        var hr = api.GraphQL();
        var vision = await ItemOfKindAsync("VISION");

        var backwards = await MutateAsync(hr, "createStrategyItem", "CreateStrategyItemInput", Item, new { kind = "GOAL", title = new { sv = "Baklänges" }, validFrom = "2027-01-01", validTo = "2026-12-31" });
        var retiredBeforeStart = await MutateAsync(hr, "retireStrategyItem", "RetireStrategyItemInput", Item, new { strategyItemId = vision, lastDay = "2020-01-01" });

        Assert.Equal("validTo", Field(backwards));
        Assert.Equal("lastDay", Field(retiredBeforeStart));
    }

    [Fact]
    public async Task Hr_records_a_funding_source_named_in_swedish_and_finnish_and_updates_it()
    {
        var hr = api.GraphQL();

        var created = await MutateAsync(hr, "createFundingSource", "CreateFundingSourceInput", Funding, new
        {
            name = new { sv = "Kompetenslyftet II (ESF+)", fi = "Osaamisloikka II (ESR+)" }, kind = "EU_ESF_PLUS", programme = "ESF+ 2021–2027",
            validFrom = "2027-01-01", validTo = "2028-12-31",
        });
        var id = created["fundingSource"]!["id"]!.GetValue<string>();
        var updated = await MutateAsync(hr, "updateFundingSource", "UpdateFundingSourceInput", Funding, new
        {
            fundingSourceId = id, projectCode = "S31002", appliedAmount = 350000m, validTo = "2029-06-30",
        });

        Assert.Null(created["errors"]);
        Assert.Equal("INVESTIGATING", created["fundingSource"]!["status"]!.GetValue<string>());
        Assert.Equal("Osaamisloikka II (ESR+)", created["fundingSource"]!["name"]!["text"]!.GetValue<string>());
        Assert.Equal("S31002", updated["fundingSource"]!["projectCode"]!.GetValue<string>());
        Assert.Equal(350000m, updated["fundingSource"]!["appliedAmount"]!.GetValue<decimal>());
        Assert.Equal("2027-01-01", updated["fundingSource"]!["validFrom"]!.GetValue<string>());
        Assert.Equal("2029-06-30", updated["fundingSource"]!["validTo"]!.GetValue<string>());
        Assert.Equal("ESF+ 2021–2027", updated["fundingSource"]!["programme"]!.GetValue<string>());
    }

    [Fact]
    public async Task Funding_amounts_are_never_negative_and_the_money_is_not_usable_before_it_is()
    {
        var hr = api.GraphQL();
        var esf = (await hr.QueryAsync("{ fundingSources(where: { kind: { eq: EU_ESF_PLUS } }, first: 1) { nodes { id validFrom } } }"))["fundingSources"]!["nodes"]![0]!;

        var negative = await MutateAsync(hr, "createFundingSource", "CreateFundingSourceInput", Funding, new { name = new { sv = "Minus" }, kind = "OWN_BUDGET", appliedAmount = -1m });
        var negativeGrant = await MutateAsync(hr, "updateFundingSource", "UpdateFundingSourceInput", Funding, new { fundingSourceId = esf["id"]!.GetValue<string>(), grantedAmount = -5m });
        var endsBeforeStart = await MutateAsync(hr, "updateFundingSource", "UpdateFundingSourceInput", Funding, new { fundingSourceId = esf["id"]!.GetValue<string>(), validTo = "2025-12-31" });

        Assert.Equal("appliedAmount", Field(negative));
        Assert.Equal("grantedAmount", Field(negativeGrant));
        Assert.Equal("validTo", Field(endsBeforeStart));
    }

    [Theory]
    [InlineData("createStrategyItem", "CreateStrategyItemInput", """{"kind":"GOAL","title":{"sv":"Nej"}}""")]
    [InlineData("updateStrategyItem", "UpdateStrategyItemInput", """{"strategyItemId":"U3RyYXRlZ3lJdGVtOv7YkwGA1uFzjXNpjKIvtok","title":{"sv":"Nej"}}""")]
    [InlineData("retireStrategyItem", "RetireStrategyItemInput", """{"strategyItemId":"U3RyYXRlZ3lJdGVtOv7YkwGA1uFzjXNpjKIvtok"}""")]
    [InlineData("createFundingSource", "CreateFundingSourceInput", """{"name":{"sv":"Nej"},"kind":"OWN_BUDGET"}""")]
    [InlineData("updateFundingSource", "UpdateFundingSourceInput", """{"fundingSourceId":"x","name":{"sv":"Nej"}}""")]
    public async Task Managers_and_employees_are_refused_before_anything_runs(string mutation, string inputType, string input)
    {
        foreach (var token in new[] { TestTokens.DemoManager, TestTokens.DemoEmployee })
        {
            var result = await api.GraphQL(token).PostAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ errors {{ __typename }} }} }}",
                new { input = System.Text.Json.JsonDocument.Parse(input).RootElement });

            Assert.Equal("AUTH_NOT_AUTHORIZED", result.FirstErrorCode);
        }
    }
}
