using System.Text.Json.Nodes;
using Kompetens.Api.DemoData;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Workflows;

/// <summary>
/// The whole competence-development policy, walked through the API alone in the demo city, as HR, a manager
/// (Mikael, E10007) and an employee (Sara, E10042) would: map, require, see gaps, plan on the service strategy,
/// train, use what was learned, collaborate across administrations, rotate, know the strategy, trace the cost to
/// EU funding — and find all of it in the audit log.
/// </summary>
public sealed class PolicyWalkTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient hr = api.GraphQL(TestTokens.Admin);
    private readonly GraphQLClient manager = api.GraphQL(TestTokens.DemoManager);
    private readonly GraphQLClient sara = api.GraphQL(TestTokens.DemoEmployee);

    /// <summary>Every step of the walk is allowed: its payload carries no domain errors.</summary>
    private static async Task<JsonNode> MutateAsync(GraphQLClient client, string mutation, string inputType, string selection, object input)
    {
        var payload = await client.MutateAsync(mutation, inputType, selection, input);
        Assert.True(payload["errors"] is null, $"{mutation}: {payload["errors"]?.ToJsonString()}");
        return payload;
    }

    private static string Id(JsonNode? node) => node!["id"]!.GetValue<string>();

    /// <summary>A day relative to today, as the service's clock sees it: a campaign takes assessments only until its last day.</summary>
    private static string Day(int fromToday) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(fromToday).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_policy_end_to_end()
    {
        // What the walk works with, read as the people who would look it up.
        var catalogue = await sara.QueryAsync($$"""
            {
              me { id organisationUnit { id code } teamMemberships { team { id } } }
              competences(where: { status: { eq: ACTIVE }, dimension: { eq: KNOWLEDGE } }, first: 2, order: [{ code: ASC }]) { nodes { id code } }
              serviceGoals: strategyItems(where: { parent: { kind: { eq: SERVICE_STRATEGY }, validFrom: { gte: "2025-01-01" } } }, first: 1) { nodes { id } }
              serviceStrategy: strategyItems(where: { kind: { eq: SERVICE_STRATEGY }, validFrom: { gte: "2025-01-01" } }) { nodes { id } }
              esfEvents: trainingEvents(where: { fundingSource: { kind: { eq: EU_ESF_PLUS } } }, first: 1) { nodes { training { id } fundingSource { id } } }
              teams(where: { or: [{ endsOn: { eq: null } }, { endsOn: { gt: "{{DateTime.UtcNow:yyyy-MM-dd}}" } }] }, first: 10) { nodes { id administrationsSpanned } }
              otherAdministration: organisationUnits(where: { kind: { eq: WORKPLACE }, parent: { parent: { code: { neq: "BILD" } } } }, first: 1) { nodes { id } }
            }
            """);
        var me = catalogue["me"]!;
        var unitId = Id(me["organisationUnit"]);
        var competence = Id(catalogue["competences"]!["nodes"]![0]);
        var serviceGoal = Id(catalogue["serviceGoals"]!["nodes"]![0]);
        // HR schedules a new run of an ESF+ funded training a month ahead (the demo's own runs have started by now).
        var esfRun = catalogue["esfEvents"]!["nodes"]![0]!;
        var esfEvent = (await MutateAsync(hr, "scheduleTrainingEvent", "ScheduleTrainingEventInput", "trainingEvent { id cost fundingSource { id } }", new
        {
            trainingId = Id(esfRun["training"]), fundingSourceId = Id(esfRun["fundingSource"]), location = "Stadshuset, sal 1", capacity = 20, cost = 6400m,
            startsAt = DateTimeOffset.UtcNow.AddDays(30), endsAt = DateTimeOffset.UtcNow.AddDays(31),
        }))["trainingEvent"]!;
        // A team Sara is not in yet: one person holds one membership of a team.
        var ownTeams = me["teamMemberships"]!.AsArray().Select(m => Id(m!["team"])).ToHashSet();
        var team = catalogue["teams"]!["nodes"]!.AsArray().First(t => t!["administrationsSpanned"]!.GetValue<int>() >= 2 && !ownTeams.Contains(Id(t)))!;

        // 1. HR opens a competence mapping for Sara's unit; Sara and her manager assess.
        var campaign = Id((await MutateAsync(hr, "openMappingCampaign", "OpenMappingCampaignInput", "mappingCampaign { id status }",
            new { name = new { sv = "Kartläggning hösten 2026", fi = "Syksyn 2026 kartoitus" }, startsOn = Day(-7), endsOn = Day(60), unitIds = new[] { unitId } }))["mappingCampaign"]);
        await MutateAsync(sara, "assessCompetence", "AssessCompetenceInput", "competenceAssessment { assessor }",
            new { competenceId = competence, level = 2, campaignId = campaign, comment = "Jag behöver fördjupa mig" });
        var managerAssessment = await MutateAsync(manager, "assessCompetence", "AssessCompetenceInput", "competenceAssessment { assessor level }",
            new { competenceId = competence, level = 3, employeeId = Id(me), campaignId = campaign });
        Assert.Equal("MANAGER", managerAssessment["competenceAssessment"]!["assessor"]!.GetValue<string>());

        // 2. The manager states what the unit will need, and sees the gap.
        await MutateAsync(manager, "stateCompetenceRequirement", "StateCompetenceRequirementInput", "competenceRequirement { id }",
            new { organisationUnitId = unitId, competenceId = competence, requiredLevel = 4, headcount = 3, horizon = "FUTURE", targetDate = "2028-12-31", strategyGoalId = serviceGoal });
        var gaps = (await manager.QueryAsync("query($u: ID!) { competenceGaps(organisationUnitId: $u) { qualified gap requirement { requiredLevel headcount horizon competence { id } } } }", new { u = unitId }))["competenceGaps"]!.AsArray();
        var gap = gaps.First(g => g!["requirement"]!["competence"]!["id"]!.GetValue<string>() == competence && g["requirement"]!["requiredLevel"]!.GetValue<int>() == 4)!;
        Assert.True(gap["gap"]!.GetValue<int>() > 0);

        // 3. Sara plans, on the service strategy, with the ESF+ funded training; her manager agrees.
        var plan = (await MutateAsync(sara, "draftDevelopmentPlan", "DraftDevelopmentPlanInput", "developmentPlan { id activities { id kind } }", new
        {
            periodStart = "2027-01-01",
            periodEnd = "2027-12-31",
            strategyGoalIds = new[] { serviceGoal },
            goals = new[] { new { competenceId = competence, currentLevel = 3, targetLevel = 4, dueDate = "2027-06-30" } },
            activities = new[] { new { kind = "TRAINING", description = "The ESF+ course", trainingEventId = Id(esfEvent), cost = 450.0m, fundingSourceId = Id(esfEvent["fundingSource"]) } },
        }))["developmentPlan"]!;
        var planId = Id(plan);
        await MutateAsync(sara, "submitDevelopmentPlan", "SubmitDevelopmentPlanInput", "developmentPlan { status }", new { planId });
        var agreed = await MutateAsync(manager, "agreeDevelopmentPlan", "AgreeDevelopmentPlanInput", "developmentPlan { status strategyGoals { id } }", new { planId });
        Assert.Equal("AGREED", agreed["developmentPlan"]!["status"]!.GetValue<string>());

        // 4. Sara enrols for the activity; her manager approves and records completion: evidence and knowledge sharing.
        var enrolmentId = Id((await MutateAsync(sara, "requestEnrolment", "RequestEnrolmentInput", "enrolment { id }",
            new { trainingEventId = Id(esfEvent), planActivityId = Id(plan["activities"]![0]) }))["enrolment"]);
        await MutateAsync(manager, "approveEnrolment", "ApproveEnrolmentInput", "enrolment { status }", new { enrolmentId });
        await TestData.EventTakesPlaceAsync(api, Id(esfEvent));
        var completed = await MutateAsync(manager, "completeEnrolment", "CompleteEnrolmentInput", "enrolment { status planActivity { id status } knowledgeSharingActions { id } }",
            new { enrolmentId, knowledgeSharing = "Sara leder en workshop på arbetsplatsmötet" });
        Assert.Equal("DONE", completed["enrolment"]!["planActivity"]!["status"]!.GetValue<string>());
        await MutateAsync(manager, "completeKnowledgeSharingAction", "CompleteKnowledgeSharingActionInput", "knowledgeSharingAction { doneAt }",
            new { actionId = Id(completed["enrolment"]!["knowledgeSharingActions"]![0]) });
        var evidence = await sara.QueryAsync("{ me { assessments(where: { assessor: { eq: EVIDENCE } }, order: [{ assessedAt: DESC }]) { evidence } } }");
        Assert.Contains(evidence["me"]!["assessments"]!.AsArray(), a => a!["evidence"]!.GetValue<string>().StartsWith("Completed the training", StringComparison.Ordinal));

        // 5. Sara joins a team across administrations, and rotates to another administration, approved by both managers.
        await MutateAsync(sara, "joinTeam", "JoinTeamInput", "teamMembership { role }", new { teamId = Id(team), role = "Medlem" });
        // The receiving workplace's own manager, signed in as themself, gives the second approval and receives Sara.
        var toUnitId = Id(catalogue["otherAdministration"]!["nodes"]![0]);
        var receiving = api.GraphQL(TestTokens.User((await TestData.ListAsync<Guid>(api,
            "SELECT m.entra_object_id FROM organisation_units u JOIN employees m ON m.id = u.manager_id WHERE u.id = @id", ("id", TestData.Key(toUnitId)))).Single()));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var rotationId = Id((await MutateAsync(sara, "proposeJobRotation", "ProposeJobRotationInput", "jobRotation { id status }",
            new { toUnitId, startsOn = today.AddDays(-14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), endsOn = today.AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), learningGoals = "Lära mig hur tekniska förvaltningen planerar" }))["jobRotation"]);
        var halfApproved = await MutateAsync(manager, "approveJobRotation", "ApproveJobRotationInput", "jobRotation { status }", new { rotationId });
        var approved = await MutateAsync(receiving, "approveJobRotation", "ApproveJobRotationInput", "jobRotation { status }", new { rotationId });
        var ongoing = await MutateAsync(receiving, "startJobRotation", "StartJobRotationInput", "jobRotation { status }", new { rotationId });
        Assert.Equal("PROPOSED", halfApproved["jobRotation"]!["status"]!.GetValue<string>());
        Assert.Equal("APPROVED", approved["jobRotation"]!["status"]!.GetValue<string>());
        Assert.Equal("ONGOING", ongoing["jobRotation"]!["status"]!.GetValue<string>());
        await MutateAsync(manager, "completeJobRotation", "CompleteJobRotationInput", "jobRotation { status }",
            new { rotationId, evaluation = "Värdefull rotation", evidence = new[] { new { competenceId = competence, level = 4 } } });

        // 6. Sara acknowledges the service strategy; her manager sees the unit's coverage.
        var strategy = Id(catalogue["serviceStrategy"]!["nodes"]![0]);
        await MutateAsync(sara, "acknowledgeStrategyItem", "AcknowledgeStrategyItemInput", "strategyAcknowledgement { acknowledgedAt }", new { strategyItemId = strategy });
        var coverage = (await manager.QueryAsync("query($u: ID!) { strategyCoverage(organisationUnitId: $u) { strategyItem { id } acknowledged employees } }", new { u = unitId }))["strategyCoverage"]!.AsArray();
        Assert.True(coverage.Single(c => c!["strategyItem"]!["id"]!.GetValue<string>() == strategy)!["acknowledged"]!.GetValue<int>() >= 1);

        // 7. HR traces the cost to EU funding, closes the mapping, and reads who did what.
        var funding = await hr.QueryAsync("query($id: ID!) { node(id: $id) { ... on FundingSource { kind totalCost trainingEvents { id } planActivities { cost } } } }", new { id = Id(esfEvent["fundingSource"]) });
        Assert.Equal("EU_ESF_PLUS", funding["node"]!["kind"]!.GetValue<string>());
        Assert.True(funding["node"]!["totalCost"]!.GetValue<decimal>() >= esfEvent["cost"]!.GetValue<decimal>() + 450m);
        Assert.Contains(funding["node"]!["trainingEvents"]!.AsArray(), e => Id(e) == Id(esfEvent));
        await MutateAsync(hr, "closeMappingCampaign", "CloseMappingCampaignInput", "mappingCampaign { status }", new { campaignId = campaign });

        var audit = await hr.QueryAsync("{ auditEntries(first: 100, order: [{ occurredAt: ASC }]) { nodes { actor operation } } }");
        var operations = audit["auditEntries"]!["nodes"]!.AsArray().Select(n => $"{n!["actor"]!.GetValue<string>()} {n["operation"]!.GetValue<string>()}").ToHashSet();
        Assert.Contains($"employee:{DemoCity.DemoEmployeeNumber} draftDevelopmentPlan", operations);
        Assert.Contains($"employee:{DemoCity.DemoManagerNumber} agreeDevelopmentPlan", operations);
        Assert.Contains($"employee:{DemoCity.DemoManagerNumber} completeEnrolment", operations);
        Assert.Contains(operations, o => o.StartsWith("app:", StringComparison.Ordinal) && o.EndsWith(" openMappingCampaign", StringComparison.Ordinal));
    }
}
