using System.Text.Json.Nodes;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Workflows;

public sealed class PlanWorkflowTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string PlanFields = "developmentPlan { id status version managerComment agreedBy { employeeNumber } followUps { notes } }";

    private async Task<(string ServiceGoal, string OtherGoal, string Competence)> IdsAsync()
    {
        var data = await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("""
            { service: strategyItems(where: { parent: { kind: { eq: SERVICE_STRATEGY } } }, first: 1) { nodes { id } }
              vision: strategyItems(where: { kind: { eq: VISION } }, first: 1) { nodes { id } }
              competences(where: { status: { eq: ACTIVE } }, first: 1) { nodes { id } } }
            """);
        return (data["service"]!["nodes"]![0]!["id"]!.GetValue<string>(), data["vision"]!["nodes"]![0]!["id"]!.GetValue<string>(), data["competences"]!["nodes"]![0]!["id"]!.GetValue<string>());
    }

    private async Task<JsonNode> DraftAsync(string strategyGoal, string competence)
    {
        var (periodStart, periodEnd) = TestData.FreePlanPeriod();
        var payload = await api.GraphQL(TestTokens.DemoEmployee).MutateAsync("draftDevelopmentPlan", "DraftDevelopmentPlanInput", PlanFields, new
        {
            periodStart,
            periodEnd,
            strategyGoalIds = new[] { strategyGoal },
            goals = new[] { new { competenceId = competence, currentLevel = 2, targetLevel = 4, dueDate = "2027-05-31" } },
            activities = new[] { new { kind = "MENTORING", description = "Mentoring with an experienced colleague" } },
        });
        Assert.Null(payload["errors"]);
        return payload["developmentPlan"]!;
    }

    private Task<JsonNode> StepAsync(string mutation, string token, object input) =>
        api.GraphQL(token).MutateAsync(mutation, char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input", PlanFields, input);

    [Fact]
    public async Task An_employee_drafts_and_submits_and_the_manager_agrees()
    {
        var (serviceGoal, _, competence) = await IdsAsync();
        var plan = await DraftAsync(serviceGoal, competence);
        var id = plan["id"]!.GetValue<string>();

        var submitted = await StepAsync("submitDevelopmentPlan", TestTokens.DemoEmployee, new { planId = id });
        var agreed = await StepAsync("agreeDevelopmentPlan", TestTokens.DemoManager, new { planId = id });

        Assert.Equal("DRAFT", plan["status"]!.GetValue<string>());
        Assert.Equal("SUBMITTED", submitted["developmentPlan"]!["status"]!.GetValue<string>());
        Assert.Equal("AGREED", agreed["developmentPlan"]!["status"]!.GetValue<string>());
        Assert.Equal("E10007", agreed["developmentPlan"]!["agreedBy"]!["employeeNumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task Steps_out_of_order_are_invalid_transitions()
    {
        var (serviceGoal, _, competence) = await IdsAsync();
        var id = (await DraftAsync(serviceGoal, competence))["id"]!.GetValue<string>();

        var agreeDraft = await StepAsync("agreeDevelopmentPlan", TestTokens.DemoManager, new { planId = id });
        await StepAsync("submitDevelopmentPlan", TestTokens.DemoEmployee, new { planId = id });
        var submitTwice = await StepAsync("submitDevelopmentPlan", TestTokens.DemoEmployee, new { planId = id });
        var closeSubmitted = await StepAsync("closeDevelopmentPlan", TestTokens.DemoManager, new { planId = id });

        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(agreeDraft));
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(submitTwice));
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(closeSubmitted));
        Assert.Null(agreeDraft["developmentPlan"]);
    }

    [Fact]
    public async Task A_plan_without_a_service_strategy_goal_cannot_be_agreed()
    {
        var (_, visionOnly, competence) = await IdsAsync();
        var id = (await DraftAsync(visionOnly, competence))["id"]!.GetValue<string>();
        await StepAsync("submitDevelopmentPlan", TestTokens.DemoEmployee, new { planId = id });

        var agreed = await StepAsync("agreeDevelopmentPlan", TestTokens.DemoManager, new { planId = id });

        Assert.Equal("STRATEGY_LINK_REQUIRED", GraphQLClient.ErrorCode(agreed));
        Assert.Equal("StrategyLinkRequiredError", agreed["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_the_owner_submits_and_only_their_manager_agrees()
    {
        var (serviceGoal, _, competence) = await IdsAsync();
        var id = (await DraftAsync(serviceGoal, competence))["id"]!.GetValue<string>();

        var managerSubmits = await StepAsync("submitDevelopmentPlan", TestTokens.DemoManager, new { planId = id });
        await StepAsync("submitDevelopmentPlan", TestTokens.DemoEmployee, new { planId = id });
        var ownerAgrees = await StepAsync("agreeDevelopmentPlan", TestTokens.DemoEmployee, new { planId = id });
        var strangerAgrees = await api.GraphQL(TestTokens.User(Guid.NewGuid())).PostAsync("mutation($i: AgreeDevelopmentPlanInput!) { agreeDevelopmentPlan(input: $i) { errors { __typename } } }", new { i = new { planId = id } });
        var analyticsAgrees = await api.GraphQL(TestTokens.Analytics).PostAsync("mutation($i: AgreeDevelopmentPlanInput!) { agreeDevelopmentPlan(input: $i) { errors { __typename } } }", new { i = new { planId = id } });

        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(managerSubmits));
        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(ownerAgrees));
        Assert.Equal("AUTH_NOT_AUTHORIZED", strangerAgrees.FirstErrorCode);
        Assert.Equal("AUTH_NOT_AUTHORIZED", analyticsAgrees.FirstErrorCode);
    }

    [Fact]
    public async Task A_manager_of_another_unit_cannot_even_see_the_plan()
    {
        var (serviceGoal, _, competence) = await IdsAsync();
        var id = (await DraftAsync(serviceGoal, competence))["id"]!.GetValue<string>();
        await StepAsync("submitDevelopmentPlan", TestTokens.DemoEmployee, new { planId = id });
        var otherManager = await OtherManagerAsync();

        var agreed = await StepAsync("agreeDevelopmentPlan", TestTokens.User(otherManager), new { planId = id });

        Assert.Equal("NOT_FOUND", GraphQLClient.ErrorCode(agreed));
    }

    [Fact]
    public async Task A_step_on_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var (serviceGoal, _, competence) = await IdsAsync();
        var plan = await DraftAsync(serviceGoal, competence);
        var id = plan["id"]!.GetValue<string>();
        var readVersion = plan["version"]!.GetValue<long>();
        await StepAsync("submitDevelopmentPlan", TestTokens.DemoEmployee, new { planId = id, version = readVersion });

        var returned = await StepAsync("returnDevelopmentPlan", TestTokens.DemoManager, new { planId = id, version = readVersion, comment = "Too vague" });

        Assert.Equal("CONCURRENT_CHANGE", GraphQLClient.ErrorCode(returned));
        var now = await api.GraphQL().QueryAsync("query($id: ID!) { node(id: $id) { ... on DevelopmentPlan { status } } }", new { id });
        Assert.Equal("SUBMITTED", now["node"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Returning_needs_a_comment_and_leads_back_to_draft()
    {
        var (serviceGoal, _, competence) = await IdsAsync();
        var id = (await DraftAsync(serviceGoal, competence))["id"]!.GetValue<string>();
        await StepAsync("submitDevelopmentPlan", TestTokens.DemoEmployee, new { planId = id });

        var silent = await StepAsync("returnDevelopmentPlan", TestTokens.DemoManager, new { planId = id });
        var returned = await StepAsync("returnDevelopmentPlan", TestTokens.DemoManager, new { planId = id, comment = "Add a training activity" });

        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(silent));
        Assert.Equal("DRAFT", returned["developmentPlan"]!["status"]!.GetValue<string>());
        Assert.Equal("Add a training activity", returned["developmentPlan"]!["managerComment"]!.GetValue<string>());
    }

    [Fact]
    public async Task Agreed_plans_are_followed_up_and_closed_only_after_their_period()
    {
        var (serviceGoal, _, competence) = await IdsAsync();
        var id = (await DraftAsync(serviceGoal, competence))["id"]!.GetValue<string>();
        await StepAsync("submitDevelopmentPlan", TestTokens.DemoEmployee, new { planId = id });
        await StepAsync("agreeDevelopmentPlan", TestTokens.DemoManager, new { planId = id });

        var followedUp = (await api.GraphQL(TestTokens.DemoManager).QueryAsync($$"""
            mutation($input: RecordPlanFollowUpInput!) { recordPlanFollowUp(input: $input) { {{PlanFields}} } }
            """, new { input = new { planId = id, heldOn = "2026-12-01", notes = "Good progress" } }))["recordPlanFollowUp"]!;
        var closedEarly = await StepAsync("closeDevelopmentPlan", TestTokens.DemoManager, new { planId = id });

        Assert.True(followedUp["errors"] is null, followedUp.ToJsonString());
        Assert.Equal("FOLLOWED_UP", followedUp["developmentPlan"]!["status"]!.GetValue<string>());
        Assert.Equal("Good progress", followedUp["developmentPlan"]!["followUps"]![0]!["notes"]!.GetValue<string>());
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(closedEarly));
    }

    [Fact]
    public async Task Invalid_drafts_are_refused_with_the_field_named()
    {
        var (serviceGoal, _, competence) = await IdsAsync();

        var result = await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("""
            mutation($input: DraftDevelopmentPlanInput!) { draftDevelopmentPlan(input: $input) { developmentPlan { id } errors { ... on InvalidInputError { code field } } } }
            """, new { input = new { periodStart = "2036-09-01", periodEnd = "2037-06-30", strategyGoalIds = new[] { serviceGoal }, goals = new[] { new { competenceId = competence, currentLevel = 4, targetLevel = 3, dueDate = "2027-01-01" } } } });

        Assert.Equal("goals", result["draftDevelopmentPlan"]!["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Null(result["draftDevelopmentPlan"]!["developmentPlan"]);
    }

    private async Task<Guid> OtherManagerAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("""
            SELECT e.entra_object_id FROM organisation_units u JOIN employees e ON e.id = u.manager_id
            WHERE u.code LIKE 'TEK%' AND e.status = 'Active' AND e.entra_object_id IS NOT NULL LIMIT 1
            """, connection);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }
}
