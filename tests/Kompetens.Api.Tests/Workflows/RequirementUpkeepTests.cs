using System.Text.Json.Nodes;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Workflows;

/// <summary>
/// A stated requirement is changed or withdrawn by whoever may state it (the unit's manager, HR); a withdrawn one is kept
/// as history but counts nowhere; the same requirement cannot stand twice.
/// </summary>
public sealed class RequirementUpkeepTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Requirement = "competenceRequirement { id requiredLevel headcount horizon targetDate rationale withdrawnAt strategyGoal { id } }";

    private async Task<string> IdAsync(string list, string where) =>
        (await api.GraphQL().QueryAsync($"{{ {list}(where: {where}, first: 1) {{ nodes {{ id }} }} }}"))[list]!["nodes"]![0]!["id"]!.GetValue<string>();

    private Task<string> UnitAsync(string code) => IdAsync("organisationUnits", $"{{ code: {{ eq: \"{code}\" }} }}");

    private Task<string> CompetenceAsync(string code) => IdAsync("competences", $"{{ code: {{ eq: \"{code}\" }} }}");

    private Task<string> RequirementOfAsync(string unitCode, string competenceCode) =>
        IdAsync("competenceRequirements", $"{{ organisationUnit: {{ code: {{ eq: \"{unitCode}\" }} }}, competence: {{ code: {{ eq: \"{competenceCode}\" }} }}, withdrawnAt: {{ eq: null }} }}");

    private static Task<JsonNode> StateAsync(GraphQLClient client, object input) =>
        client.MutateAsync("stateCompetenceRequirement", "StateCompetenceRequirementInput", Requirement, input);

    private static Task<JsonNode> ChangeAsync(GraphQLClient client, object input) =>
        client.MutateAsync("changeCompetenceRequirement", "ChangeCompetenceRequirementInput", Requirement, input);

    private static Task<JsonNode> WithdrawAsync(GraphQLClient client, string requirementId) =>
        client.MutateAsync("withdrawCompetenceRequirement", "WithdrawCompetenceRequirementInput", Requirement, new { requirementId });

    [Fact]
    public async Task The_manager_changes_a_requirement_of_own_unit_and_withdraws_it()
    {
        var manager = api.GraphQL(TestTokens.DemoManager);
        var school = await UnitAsync("BILD-GRU-02");
        var goal = await IdAsync("strategyItems", "{ kind: { eq: GOAL } }");
        var stated = await StateAsync(manager, new { organisationUnitId = school, competenceId = await CompetenceAsync("F-KOM-01"), requiredLevel = 2, headcount = 4, horizon = "NOW" });
        var id = stated["competenceRequirement"]!["id"]!.GetValue<string>();

        var changed = await ChangeAsync(manager, new { requirementId = id, requiredLevel = 3, headcount = 6, horizon = "FUTURE", targetDate = "2028-06-30", rationale = "Fler flerspråkiga elever.", strategyGoalId = goal });
        var withdrawn = await WithdrawAsync(manager, id);
        var changedAfter = await ChangeAsync(manager, new { requirementId = id, headcount = 1 });
        var withdrawnAgain = await WithdrawAsync(manager, id);

        Assert.Null(changed["errors"]);
        var requirement = changed["competenceRequirement"]!;
        Assert.Equal(3, requirement["requiredLevel"]!.GetValue<int>());
        Assert.Equal(6, requirement["headcount"]!.GetValue<int>());
        Assert.Equal("FUTURE", requirement["horizon"]!.GetValue<string>());
        Assert.Equal("2028-06-30", requirement["targetDate"]!.GetValue<string>());
        Assert.Equal("Fler flerspråkiga elever.", requirement["rationale"]!.GetValue<string>());
        Assert.Equal(goal, requirement["strategyGoal"]!["id"]!.GetValue<string>());
        Assert.NotNull(withdrawn["competenceRequirement"]!["withdrawnAt"]);
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(changedAfter));
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(withdrawnAgain));
    }

    [Fact]
    public async Task A_future_need_keeps_a_target_date_and_a_need_moved_to_now_drops_it()
    {
        var manager = api.GraphQL(TestTokens.DemoManager);
        var id = (await StateAsync(manager, new { organisationUnitId = await UnitAsync("BILD-GRU-03"), competenceId = await CompetenceAsync("F-KOM-01"), requiredLevel = 2, headcount = 2, horizon = "NOW" }))["competenceRequirement"]!["id"]!.GetValue<string>();

        var futureWithoutDate = await ChangeAsync(manager, new { requirementId = id, horizon = "FUTURE" });
        var future = await ChangeAsync(manager, new { requirementId = id, horizon = "FUTURE", targetDate = "2027-12-31" });
        var now = await ChangeAsync(manager, new { requirementId = id, horizon = "NOW" });
        var noOne = await ChangeAsync(manager, new { requirementId = id, headcount = 0 });

        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(futureWithoutDate));
        Assert.Equal("2027-12-31", future["competenceRequirement"]!["targetDate"]!.GetValue<string>());
        Assert.Null(now["competenceRequirement"]!["targetDate"]);
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(noOne));
    }

    [Fact]
    public async Task A_withdrawn_requirement_no_longer_counts_in_gaps_analytics_or_the_annual_plan()
    {
        // The demo city requires K-PED-03 at level 4 of 8 people in Grundläggande utbildning, now; no other requirement names K-PED-03.
        var unit = await UnitAsync("BILD-GRU");
        var requirement = await RequirementOfAsync("BILD-GRU", "K-PED-03");
        const string gaps = "query($u: ID!) { competenceGaps(organisationUnitId: $u) { requirement { id } } }";
        const string analytics = """{ analytics { competenceGaps(unitCode: "BILD-GRU", take: 1000) { items { competenceCode } } } }""";
        const string plan = "query($u: ID!) { annualPersonnelPlan(year: 2026, organisationUnitId: $u) { requirements { organisationUnit { code } headcountNow } } }";
        int Headcount(JsonNode data) => data["annualPersonnelPlan"]!["requirements"]!.AsArray().SingleOrDefault(r => r!["organisationUnit"]!["code"]!.GetValue<string>() == "BILD-GRU")?["headcountNow"]!.GetValue<int>() ?? 0;
        bool InGaps(JsonNode data) => data["competenceGaps"]!.AsArray().Any(g => g!["requirement"]!["id"]!.GetValue<string>() == requirement);
        bool InAnalytics(JsonNode data) => data["analytics"]!["competenceGaps"]!["items"]!.AsArray().Any(i => i!["competenceCode"]!.GetValue<string>() == "K-PED-03");
        var manager = api.GraphQL(TestTokens.DemoManager);
        var bi = api.GraphQL(TestTokens.Analytics);
        var hr = api.GraphQL();
        var gapsBefore = await manager.QueryAsync(gaps, new { u = unit });
        var analyticsBefore = await bi.QueryAsync(analytics);
        var planBefore = await hr.QueryAsync(plan, new { u = unit });

        var withdrawn = await WithdrawAsync(manager, requirement);

        var history = await hr.QueryAsync("query($id: ID!) { node(id: $id) { ... on CompetenceRequirement { headcount withdrawnAt } } }", new { id = requirement });
        Assert.Null(withdrawn["errors"]);
        Assert.True(InGaps(gapsBefore));
        Assert.False(InGaps(await manager.QueryAsync(gaps, new { u = unit })));
        Assert.True(InAnalytics(analyticsBefore));
        Assert.False(InAnalytics(await bi.QueryAsync(analytics)));
        Assert.Equal(Headcount(planBefore) - 8, Headcount(await hr.QueryAsync(plan, new { u = unit })));
        Assert.Equal(8, history["node"]!["headcount"]!.GetValue<int>());
        Assert.NotNull(history["node"]!["withdrawnAt"]);
    }

    [Fact]
    public async Task The_same_requirement_stated_twice_is_refused_until_the_first_is_withdrawn()
    {
        var manager = api.GraphQL(TestTokens.DemoManager);
        var school = await UnitAsync("BILD-GRU-01");
        var competence = await CompetenceAsync("F-DIG-02");
        var first = await StateAsync(manager, new { organisationUnitId = school, competenceId = competence, requiredLevel = 2, headcount = 10, horizon = "FUTURE", targetDate = "2028-12-31" });
        var firstId = first["competenceRequirement"]!["id"]!.GetValue<string>();

        var twice = await manager.MutateAsync("stateCompetenceRequirement", "StateCompetenceRequirementInput", "competenceRequirement { id } errors { ... on RequirementAlreadyStatedError { requirementId } }",
            new { organisationUnitId = school, competenceId = competence, requiredLevel = 3, headcount = 5, horizon = "FUTURE", targetDate = "2028-12-31" });
        var otherDate = await StateAsync(manager, new { organisationUnitId = school, competenceId = competence, requiredLevel = 3, headcount = 5, horizon = "FUTURE", targetDate = "2029-12-31" });
        var madeIdentical = await ChangeAsync(manager, new { requirementId = otherDate["competenceRequirement"]!["id"]!.GetValue<string>(), targetDate = "2028-12-31" });
        await WithdrawAsync(manager, firstId);
        var again = await StateAsync(manager, new { organisationUnitId = school, competenceId = competence, requiredLevel = 3, headcount = 5, horizon = "FUTURE", targetDate = "2028-12-31" });

        Assert.Equal("REQUIREMENT_ALREADY_STATED", GraphQLClient.ErrorCode(twice));
        Assert.Equal(firstId, twice["errors"]![0]!["requirementId"]!.GetValue<string>());
        Assert.Null(twice["competenceRequirement"]);
        Assert.Null(otherDate["errors"]);
        Assert.Equal("REQUIREMENT_ALREADY_STATED", GraphQLClient.ErrorCode(madeIdentical));
        Assert.Null(again["errors"]);
    }

    [Fact]
    public async Task The_same_requirement_stated_twice_at_once_stands_once()
    {
        var manager = api.GraphQL(TestTokens.DemoManager);
        var input = new { organisationUnitId = await UnitAsync("BILD-GRU-02"), competenceId = await CompetenceAsync("V-VAR-02"), requiredLevel = 2, headcount = 3, horizon = "NOW" };

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => StateAsync(manager, input)));

        Assert.Single(results, r => r["errors"] is null);
        Assert.All(results.Where(r => r["errors"] is not null), r => Assert.Equal("REQUIREMENT_ALREADY_STATED", GraphQLClient.ErrorCode(r)));
    }

    [Fact]
    public async Task Only_the_units_manager_or_hr_changes_or_withdraws_a_requirement()
    {
        var sara = api.GraphQL(TestTokens.DemoEmployee);
        var manager = api.GraphQL(TestTokens.DemoManager);
        var ownUnit = (await StateAsync(manager, new { organisationUnitId = await UnitAsync("BILD-GRU"), competenceId = await CompetenceAsync("E-ERF-03"), requiredLevel = 3, headcount = 2, horizon = "NOW" }))["competenceRequirement"]!["id"]!.GetValue<string>();
        var otherUnit = await RequirementOfAsync("SOC-ALD", "K-VAR-04");
        var jobTitle = await IdAsync("competenceRequirements", """{ jobTitle: { eq: "Klasslärare" } }""");

        var byEmployee = await ChangeAsync(sara, new { requirementId = ownUnit, headcount = 1 });
        var withdrawnByEmployee = await WithdrawAsync(sara, ownUnit);
        var otherManagersUnit = await ChangeAsync(manager, new { requirementId = otherUnit, headcount = 1 });
        var cityWideTitle = await WithdrawAsync(manager, jobTitle);
        var byHr = await ChangeAsync(api.GraphQL(), new { requirementId = jobTitle, headcount = 30 });

        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(byEmployee));
        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(withdrawnByEmployee));
        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(otherManagersUnit));
        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(cityWideTitle));
        Assert.Equal(30, byHr["competenceRequirement"]!["headcount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Merging_competences_withdraws_the_duplicates_requirements_the_kept_one_already_has()
    {
        // Both competences required of one unit, now: after the merge one requirement stands, the other is history.
        var hr = api.GraphQL();
        var unit = await UnitAsync("KONC-HR");
        var kept = await CompetenceAsync("F-KOM-02");
        var scale = (await hr.QueryAsync("""{ proficiencyScales(where: { code: { eq: "STANDARD" } }) { nodes { id } } }"""))["proficiencyScales"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var duplicate = (await hr.MutateAsync("createCompetence", "CreateCompetenceInput", "competence { id }",
            new { code = "F-KOM-02-DUP", name = new { sv = "Dubblett" }, dimension = "SKILL", scaleId = scale }))["competence"]!["id"]!.GetValue<string>();
        await StateAsync(hr, new { organisationUnitId = unit, competenceId = kept, requiredLevel = 3, headcount = 2, horizon = "NOW" });
        var moved = (await StateAsync(hr, new { organisationUnitId = unit, competenceId = duplicate, requiredLevel = 4, headcount = 1, horizon = "NOW" }))["competenceRequirement"]!["id"]!.GetValue<string>();

        var merged = await hr.MutateAsync("mergeCompetences", "MergeCompetencesInput", "competence { id }", new { sourceId = duplicate, targetId = kept });

        var standing = await hr.QueryAsync("query($c: ID!) { competenceRequirements(where: { organisationUnit: { code: { eq: \"KONC-HR\" } }, competence: { id: { eq: $c } } }) { nodes { id withdrawnAt } } }", new { c = kept });
        Assert.Null(merged["errors"]);
        var rows = standing["competenceRequirements"]!["nodes"]!.AsArray();
        Assert.Equal(2, rows.Count);
        Assert.Single(rows, r => r!["withdrawnAt"] is null);
        Assert.NotNull(rows.Single(r => r!["id"]!.GetValue<string>() == moved)!["withdrawnAt"]);
    }
}
