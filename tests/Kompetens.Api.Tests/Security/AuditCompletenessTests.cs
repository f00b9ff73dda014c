using Kompetens.GraphQL.Data.Ids;
using System.Text.Json.Nodes;
using Kompetens.Api.Data;
using Kompetens.Api.DemoData;
using Kompetens.Api.Plans;
using Kompetens.Api.Security;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.Api.Tests.Security;

/// <summary>
/// Every change is in the audit log: links (rows of a many-to-many relation, such as a plan's strategy goals or a
/// team's units) as well as records, and enum values by name, as the database stores them.
/// </summary>
public sealed class AuditCompletenessTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static Guid Uuid(string globalId) => GlobalId.TryParse(globalId, out _, out var id) ? id : throw new ArgumentException(globalId);

    private async Task<JsonArray> AuditOfAsync(Guid entityId) =>
        (await api.GraphQL().QueryAsync("""
            query($id: UUID) { auditEntries(where: { entityId: { eq: $id } }) { nodes { actor operation entityType action changes } } }
            """, new { id = entityId.ToString() }))["auditEntries"]!["nodes"]!.AsArray();

    /// <summary>Sara drafts a plan with her own token, supporting <paramref name="strategyGoalIds"/>.</summary>
    private async Task<string> DraftAsync(params string[] strategyGoalIds)
    {
        var (periodStart, periodEnd) = TestData.FreePlanPeriod();
        var payload = await api.GraphQL(TestTokens.DemoEmployee).MutateAsync("draftDevelopmentPlan", "DraftDevelopmentPlanInput", "developmentPlan { id }", new
        {
            periodStart,
            periodEnd,
            strategyGoalIds,
        });
        Assert.Null(payload["errors"]);
        return payload["developmentPlan"]!["id"]!.GetValue<string>();
    }

    /// <summary>Items still in force (the demo city's previous service strategy ended with 2024): only those can be a plan's goals.</summary>
    private const string InForce = "or: [{ validTo: { eq: null } }, { validTo: { gte: \"2025-01-01\" } }]";

    private async Task<string[]> StrategyGoalsAsync(int count) =>
        (await api.GraphQL(TestTokens.DemoEmployee).QueryAsync($"{{ strategyItems(first: {count}, where: {{ {InForce} }}) {{ nodes {{ id }} }} }}"))["strategyItems"]!["nodes"]!
            .AsArray().Select(n => n!["id"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task The_strategy_goals_an_employee_links_to_their_plan_are_logged()
    {
        var goals = await StrategyGoalsAsync(2);
        var plan = Uuid(await DraftAsync(goals));

        var links = (await AuditOfAsync(plan)).Where(e => e!["entityType"]!.GetValue<string>() == "DevelopmentPlan.StrategyGoals").ToList();

        Assert.Equal(2, links.Count);
        Assert.All(links, link =>
        {
            Assert.Equal($"employee:{DemoCity.DemoEmployeeNumber}", link!["actor"]!.GetValue<string>());
            Assert.Equal("draftDevelopmentPlan", link["operation"]!.GetValue<string>());
            Assert.Equal("CREATED", link["action"]!.GetValue<string>());
        });
        Assert.Equal(
            goals.Select(g => $$$"""{"StrategyGoals":{"from":null,"to":"{{{Uuid(g)}}}"}}""").Order(),
            links.Select(l => l!["changes"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task The_units_a_manager_forms_a_team_over_are_logged()
    {
        var unit = (await api.GraphQL().QueryAsync("{ organisationUnits(where: { code: { eq: \"BILD-GRU\" } }) { nodes { id } } }"))["organisationUnits"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var payload = await api.GraphQL(TestTokens.DemoManager).MutateAsync("formTeam", "FormTeamInput", "team { id }",
            new { name = new { sv = "Läsfrämjande" }, task = "Gemensamt läsprojekt", kind = "CROSS_UNIT_TEAM", startsOn = "2026-10-01", unitIds = new[] { unit } });
        Assert.Null(payload["errors"]);

        var audit = await AuditOfAsync(Uuid(payload["team"]!["id"]!.GetValue<string>()));

        var link = Assert.Single(audit, e => e!["entityType"]!.GetValue<string>() == "Team.Units")!;
        Assert.Equal($"employee:{DemoCity.DemoManagerNumber}", link["actor"]!.GetValue<string>());
        Assert.Equal("formTeam", link["operation"]!.GetValue<string>());
        Assert.Equal("CREATED", link["action"]!.GetValue<string>());
        Assert.Equal($$$"""{"Units":{"from":null,"to":"{{{Uuid(unit)}}}"}}""", link["changes"]!.GetValue<string>());
        Assert.Single(audit, e => e!["entityType"]!.GetValue<string>() == "Team");
    }

    [Fact]
    public async Task Enum_changes_are_logged_by_name()
    {
        var planId = await DraftAsync(await StrategyGoalsAsync(1));
        var submitted = await api.GraphQL(TestTokens.DemoEmployee).MutateAsync("submitDevelopmentPlan", "SubmitDevelopmentPlanInput", "developmentPlan { status }", new { planId });
        Assert.Null(submitted["errors"]);

        var update = Assert.Single(await AuditOfAsync(Uuid(planId)), e => e!["action"]!.GetValue<string>() == "UPDATED")!;

        Assert.Equal("submitDevelopmentPlan", update["operation"]!.GetValue<string>());
        Assert.Contains("""
            "Status":{"from":"Draft","to":"Submitted"}
            """, update["changes"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_link_removed_for_a_caller_is_logged_with_what_it_linked()
    {
        var goals = await StrategyGoalsAsync(2);
        var plan = Uuid(await DraftAsync(goals));
        await using (var db = await api.Services.GetRequiredService<KompetensContexts>().OpenAsync(RowAccess.Unfiltered, CancellationToken.None))
        {
            db.Actor = "app:test";
            db.Operation = "unlinkStrategyGoal";
            var tracked = await db.Set<DevelopmentPlan>().AsTracking().Include(p => p.StrategyGoals).SingleAsync(p => p.Id == plan);
            tracked.StrategyGoals.Remove(tracked.StrategyGoals.Single(g => g.Id == Uuid(goals[0])));
            await db.SaveChangesAsync();
        }

        var removed = Assert.Single(await AuditOfAsync(plan), e => e!["action"]!.GetValue<string>() == "DELETED")!;

        Assert.Equal("DevelopmentPlan.StrategyGoals", removed["entityType"]!.GetValue<string>());
        Assert.Equal("app:test", removed["actor"]!.GetValue<string>());
        Assert.Equal($$$"""{"StrategyGoals":{"from":"{{{Uuid(goals[0])}}}","to":null}}""", removed["changes"]!.GetValue<string>());
    }
}
