using System.Text.Json.Nodes;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Workflows;

/// <summary>
/// Editing a plan, as Sara and her manager do it: a returned plan is changed before it is submitted again (a plan
/// refused for a missing strategy link is no longer stuck), its activities link to a team and a goal, a person's plans
/// never overlap, a draft can be withdrawn, and the follow-up says which goals were achieved.
/// </summary>
public sealed class PlanEditingTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Plan = "developmentPlan { id status version periodStart goals { id status competence { id } } activities { kind team { id } goal { id } } strategyGoals { id } }";

    private readonly GraphQLClient sara = api.GraphQL(TestTokens.DemoEmployee);
    private readonly GraphQLClient manager = api.GraphQL(TestTokens.DemoManager);

    private async Task<JsonNode> IdsAsync() => await sara.QueryAsync("""
        { me { teamMemberships { team { id } } }
          service: strategyItems(where: { parent: { kind: { eq: SERVICE_STRATEGY } } }, first: 1) { nodes { id } }
          vision: strategyItems(where: { kind: { eq: VISION } }, first: 1) { nodes { id } }
          competences(where: { status: { eq: ACTIVE } }, first: 2, order: [{ code: ASC }]) { nodes { id } } }
        """);

    private static string Id(JsonNode? node) => node!["id"]!.GetValue<string>();

    private static async Task<JsonNode> MutateAsync(GraphQLClient client, string mutation, object input) =>
        await client.MutateAsync(mutation, char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input", Plan, input);

    private async Task<string> DraftAsync(string strategyGoal, (string Start, string End) period) =>
        Id((await MutateAsync(sara, "draftDevelopmentPlan", new { periodStart = period.Start, periodEnd = period.End, strategyGoalIds = new[] { strategyGoal } }))["developmentPlan"]);

    [Fact]
    public async Task A_plan_refused_for_a_missing_strategy_link_is_returned_edited_and_agreed()
    {
        var ids = await IdsAsync();
        var competence = Id(ids["competences"]!["nodes"]![0]);
        var team = Id(ids["me"]!["teamMemberships"]![0]!["team"]);
        var planId = await DraftAsync(Id(ids["vision"]!["nodes"]![0]), TestData.FreePlanPeriod());
        await MutateAsync(sara, "submitDevelopmentPlan", new { planId });
        var refused = await MutateAsync(manager, "agreeDevelopmentPlan", new { planId });
        await MutateAsync(manager, "returnDevelopmentPlan", new { planId, comment = "Koppla planen till servicestrategin" });

        var byManager = await MutateAsync(manager, "updateDevelopmentPlan", new { planId, strategyGoalIds = new[] { Id(ids["service"]!["nodes"]![0]) } });
        var edited = await MutateAsync(sara, "updateDevelopmentPlan", new
        {
            planId,
            strategyGoalIds = new[] { Id(ids["service"]!["nodes"]![0]) },
            goals = new[] { new { competenceId = competence, currentLevel = 2, targetLevel = 3, dueDate = "2040-06-30" } },
            activities = new[] { new { kind = "TEAM", description = "Arbeta i teamet", teamId = team, goalCompetenceId = competence } },
        });
        await MutateAsync(sara, "submitDevelopmentPlan", new { planId });
        var agreed = await MutateAsync(manager, "agreeDevelopmentPlan", new { planId });
        var editedAfter = await MutateAsync(sara, "updateDevelopmentPlan", new { planId, goals = Array.Empty<object>() });

        Assert.Equal("STRATEGY_LINK_REQUIRED", GraphQLClient.ErrorCode(refused));
        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(byManager));
        Assert.Null(edited["errors"]);
        var plan = edited["developmentPlan"]!;
        Assert.Equal("DRAFT", plan["status"]!.GetValue<string>());
        Assert.Equal(competence, Id(plan["goals"]![0]!["competence"]));
        Assert.Equal(team, Id(plan["activities"]![0]!["team"]));
        Assert.Equal(Id(plan["goals"]![0]), Id(plan["activities"]![0]!["goal"]));
        Assert.Equal("AGREED", agreed["developmentPlan"]!["status"]!.GetValue<string>());
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(editedAfter));
    }

    [Fact]
    public async Task Plans_of_one_person_never_overlap_and_a_withdrawn_draft_frees_its_period()
    {
        var ids = await IdsAsync();
        var service = Id(ids["service"]!["nodes"]![0]);
        var period = TestData.FreePlanPeriod();
        var first = await DraftAsync(service, period);

        var overlapping = await MutateAsync(sara, "draftDevelopmentPlan", new { periodStart = period.Start.Replace("-01-01", "-06-01", StringComparison.Ordinal), periodEnd = period.End, strategyGoalIds = new[] { service } });
        var withdrawnByManager = await MutateAsync(manager, "withdrawDevelopmentPlan", new { planId = first });
        var withdrawn = await MutateAsync(sara, "withdrawDevelopmentPlan", new { planId = first });
        var second = await MutateAsync(sara, "draftDevelopmentPlan", new { periodStart = period.Start, periodEnd = period.End, strategyGoalIds = new[] { service } });
        var submitWithdrawn = await MutateAsync(sara, "submitDevelopmentPlan", new { planId = first });

        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(overlapping));
        Assert.Contains(first, overlapping["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(withdrawnByManager));
        Assert.Equal("WITHDRAWN", withdrawn["developmentPlan"]!["status"]!.GetValue<string>());
        Assert.Null(second["errors"]);
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(submitWithdrawn));
    }

    [Fact]
    public async Task The_follow_up_records_which_goals_were_achieved_and_which_not()
    {
        var ids = await IdsAsync();
        var period = TestData.FreePlanPeriod();
        var planId = Id((await MutateAsync(sara, "draftDevelopmentPlan", new
        {
            periodStart = period.Start, periodEnd = period.End, strategyGoalIds = new[] { Id(ids["service"]!["nodes"]![0]) },
            goals = ids["competences"]!["nodes"]!.AsArray().Select(c => new { competenceId = Id(c), currentLevel = 1, targetLevel = 3, dueDate = period.End }).ToArray(),
        }))["developmentPlan"]);
        await MutateAsync(sara, "submitDevelopmentPlan", new { planId });
        var goals = (await MutateAsync(manager, "agreeDevelopmentPlan", new { planId }))["developmentPlan"]!["goals"]!.AsArray();

        var followedUp = await MutateAsync(manager, "recordPlanFollowUp", new
        {
            planId, heldOn = period.End, notes = "Ett mål nått, ett inte",
            goals = new[] { new { goalId = Id(goals[0]), status = "ACHIEVED" }, new { goalId = Id(goals[1]), status = "NOT_ACHIEVED" } },
        });

        Assert.Null(followedUp["errors"]);
        var statuses = followedUp["developmentPlan"]!["goals"]!.AsArray().ToDictionary(g => Id(g), g => g!["status"]!.GetValue<string>());
        Assert.Equal("ACHIEVED", statuses[Id(goals[0])]);
        Assert.Equal("NOT_ACHIEVED", statuses[Id(goals[1])]);
    }
}
