using System.Text.Json.Nodes;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Workflows;

/// <summary>The remaining allowed paths and refusals of the workflows, one rule per test.</summary>
public sealed class WorkflowRuleTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private async Task<JsonNode> IdsAsync() => await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("""
        { me { id organisationUnit { id } }
          serviceGoals: strategyItems(where: { parent: { kind: { eq: SERVICE_STRATEGY } } }, first: 1) { nodes { id } }
          competences(where: { status: { eq: ACTIVE } }, first: 1, order: [{ code: DESC }]) { nodes { id } } }
        """);

    [Fact]
    public async Task A_plan_whose_period_has_ended_is_closed()
    {
        var ids = await IdsAsync();
        var sara = api.GraphQL(TestTokens.DemoEmployee);
        var manager = api.GraphQL(TestTokens.DemoManager);
        var planId = (await sara.MutateAsync("draftDevelopmentPlan", "DraftDevelopmentPlanInput", "developmentPlan { id }",
            new { periodStart = "2023-01-01", periodEnd = "2023-12-31", strategyGoalIds = new[] { ids["serviceGoals"]!["nodes"]![0]!["id"]!.GetValue<string>() } }))["developmentPlan"]!["id"]!.GetValue<string>();
        await sara.MutateAsync("submitDevelopmentPlan", "SubmitDevelopmentPlanInput", "developmentPlan { status }", new { planId });
        await manager.MutateAsync("agreeDevelopmentPlan", "AgreeDevelopmentPlanInput", "developmentPlan { status }", new { planId });

        var closed = await manager.MutateAsync("closeDevelopmentPlan", "CloseDevelopmentPlanInput", "developmentPlan { status }", new { planId });
        var closedAgain = await manager.MutateAsync("closeDevelopmentPlan", "CloseDevelopmentPlanInput", "developmentPlan { status }", new { planId });

        Assert.Equal("CLOSED", closed["developmentPlan"]!["status"]!.GetValue<string>());
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(closedAgain));
    }

    [Fact]
    public async Task A_closed_campaign_takes_no_more_assessments_and_a_retired_competence_none_at_all()
    {
        var ids = await IdsAsync();
        var hr = api.GraphQL();
        var unitId = ids["me"]!["organisationUnit"]!["id"]!.GetValue<string>();
        var competence = ids["competences"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var campaign = (await hr.MutateAsync("openMappingCampaign", "OpenMappingCampaignInput", "mappingCampaign { id }",
            new { name = new { sv = "Kort kartläggning" }, startsOn = "2026-09-01", endsOn = "2026-09-30", unitIds = new[] { unitId } }))["mappingCampaign"]!["id"]!.GetValue<string>();
        await hr.MutateAsync("closeMappingCampaign", "CloseMappingCampaignInput", "mappingCampaign { status }", new { campaignId = campaign });

        var late = await api.GraphQL(TestTokens.DemoEmployee).MutateAsync("assessCompetence", "AssessCompetenceInput", "competenceAssessment { id }", new { competenceId = competence, level = 2, campaignId = campaign });
        var retired = await hr.MutateAsync("retireCompetence", "RetireCompetenceInput", "competence { status }", new { competenceId = competence });
        var onRetired = await api.GraphQL(TestTokens.DemoEmployee).MutateAsync("assessCompetence", "AssessCompetenceInput", "competenceAssessment { id }", new { competenceId = competence, level = 2 });
        var offScale = await api.GraphQL(TestTokens.DemoEmployee).MutateAsync("assessCompetence", "AssessCompetenceInput", "competenceAssessment { id }",
            new { competenceId = (await api.GraphQL().QueryAsync("{ competences(where: { status: { eq: ACTIVE } }, first: 1) { nodes { id } } }"))["competences"]!["nodes"]![0]!["id"]!.GetValue<string>(), level = 9 });

        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(late));
        Assert.Equal("RETIRED", retired["competence"]!["status"]!.GetValue<string>());
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(onRetired));
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(offScale));
    }

    [Fact]
    public async Task Requirements_need_a_target_date_for_the_future_and_a_manager_of_the_unit()
    {
        var ids = await IdsAsync();
        var unitId = ids["me"]!["organisationUnit"]!["id"]!.GetValue<string>();
        var competence = ids["competences"]!["nodes"]![0]!["id"]!.GetValue<string>();
        object Requirement(string horizon, string? targetDate) => new { organisationUnitId = unitId, competenceId = competence, requiredLevel = 3, headcount = 2, horizon, targetDate };

        var undated = await api.GraphQL(TestTokens.DemoManager).MutateAsync("stateCompetenceRequirement", "StateCompetenceRequirementInput", "competenceRequirement { id }", Requirement("FUTURE", null));
        var byEmployee = await api.GraphQL(TestTokens.DemoEmployee).MutateAsync("stateCompetenceRequirement", "StateCompetenceRequirementInput", "competenceRequirement { id }", Requirement("NOW", null));
        var stated = await api.GraphQL(TestTokens.DemoManager).MutateAsync("stateCompetenceRequirement", "StateCompetenceRequirementInput", "competenceRequirement { horizon targetDate }", Requirement("FUTURE", "2029-06-30"));

        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(undated));
        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(byEmployee));
        Assert.Equal("2029-06-30", stated["competenceRequirement"]!["targetDate"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ids_that_name_nothing_are_invalid_input_not_server_errors()
    {
        var ids = await IdsAsync();
        var missingEvent = Kompetens.GraphQL.Data.Ids.GlobalId.Format("TrainingEvent", Guid.CreateVersion7());

        var draft = await api.GraphQL(TestTokens.DemoEmployee).MutateAsync("draftDevelopmentPlan", "DraftDevelopmentPlanInput", "developmentPlan { id }", new
        {
            periodStart = "2034-01-01",
            periodEnd = "2034-12-31",
            goals = new[] { new { competenceId = ids["competences"]!["nodes"]![0]!["id"]!.GetValue<string>(), currentLevel = 1, targetLevel = 2, dueDate = "2027-01-01" } },
            activities = new[] { new { kind = "TRAINING", description = "A course that does not exist", trainingEventId = missingEvent } },
        });

        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(draft));
        Assert.Null(draft["developmentPlan"]);
    }

    [Fact]
    public async Task An_enrolment_can_only_carry_out_an_activity_of_ones_own_plan()
    {
        var othersActivity = (await api.GraphQL().QueryAsync("""
            { planActivities: developmentPlans(where: { employee: { employeeNumber: { neq: "E10042" } }, activities: { any: true } }, first: 1) { nodes { activities { id } } }
              trainingEvents(where: { status: { eq: SCHEDULED } }, first: 1) { nodes { id } } }
            """));
        var activity = othersActivity["planActivities"]!["nodes"]![0]!["activities"]![0]!["id"]!.GetValue<string>();
        var trainingEvent = othersActivity["trainingEvents"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var request = await api.GraphQL(TestTokens.DemoEmployee).MutateAsync("requestEnrolment", "RequestEnrolmentInput", "enrolment { id }", new { trainingEventId = trainingEvent, planActivityId = activity });

        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(request));
    }

    [Fact]
    public async Task A_manager_cannot_complete_their_own_rotation_and_award_themself_evidence()
    {
        var manager = api.GraphQL(TestTokens.DemoManager);
        var target = (await manager.QueryAsync("{ organisationUnits(where: { code: { startsWith: \"TEK-\" } }, first: 1) { nodes { id } } }"))["organisationUnits"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var rotation = (await manager.MutateAsync("proposeJobRotation", "ProposeJobRotationInput", "jobRotation { id }",
            new { toUnitId = target, startsOn = "2027-04-01", endsOn = "2027-04-30", learningGoals = "Se hur andra leder" }))["jobRotation"]!["id"]!.GetValue<string>();
        var ownApproval = await manager.MutateAsync("approveJobRotation", "ApproveJobRotationInput", "jobRotation { status }", new { rotationId = rotation });
        var approved = await api.GraphQL().MutateAsync("approveJobRotation", "ApproveJobRotationInput", "jobRotation { status }", new { rotationId = rotation });

        var ownCompletion = await manager.MutateAsync("completeJobRotation", "CompleteJobRotationInput", "jobRotation { status }", new { rotationId = rotation, evaluation = "Utmärkt" });

        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(ownApproval));
        Assert.Equal("APPROVED", approved["jobRotation"]!["status"]!.GetValue<string>());
        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(ownCompletion));
    }

    [Fact]
    public async Task An_employee_holds_at_most_one_place_per_event()
    {
        var trainingEvent = (await api.GraphQL().QueryAsync("{ trainingEvents(where: { status: { eq: SCHEDULED } }, first: 1, order: [{ startsAt: DESC }]) { nodes { id } } }"))["trainingEvents"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var sara = api.GraphQL(TestTokens.DemoEmployee);

        var first = await sara.MutateAsync("requestEnrolment", "RequestEnrolmentInput", "enrolment { id }", new { trainingEventId = trainingEvent });
        var second = await sara.MutateAsync("requestEnrolment", "RequestEnrolmentInput", "enrolment { id }", new { trainingEventId = trainingEvent });

        Assert.True(first["errors"] is null || GraphQLClient.ErrorCode(first) == "ALREADY_ENROLLED");
        Assert.Equal("ALREADY_ENROLLED", GraphQLClient.ErrorCode(second));
    }

    [Fact]
    public async Task Activities_of_agreed_plans_move_forward_and_memberships_end()
    {
        var sara = api.GraphQL(TestTokens.DemoEmployee);
        var mine = await sara.QueryAsync("""
            { me { developmentPlans(where: { status: { eq: AGREED } }) { activities(where: { status: { eq: PLANNED } }) { id } }
                   teamMemberships(where: { endsOn: { eq: null } }) { id } } }
            """);
        var activity = mine["me"]!["developmentPlans"]!.AsArray().SelectMany(p => p!["activities"]!.AsArray()).First()!["id"]!.GetValue<string>();

        var started = await sara.MutateAsync("updatePlanActivityStatus", "UpdatePlanActivityStatusInput", "planActivity { status }", new { activityId = activity, status = "IN_PROGRESS" });
        var done = await api.GraphQL(TestTokens.DemoManager).MutateAsync("updatePlanActivityStatus", "UpdatePlanActivityStatusInput", "planActivity { status }", new { activityId = activity, status = "DONE" });
        var reopened = await sara.MutateAsync("updatePlanActivityStatus", "UpdatePlanActivityStatusInput", "planActivity { status }", new { activityId = activity, status = "PLANNED" });

        Assert.Equal("IN_PROGRESS", started["planActivity"]!["status"]!.GetValue<string>());
        Assert.Equal("DONE", done["planActivity"]!["status"]!.GetValue<string>());
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(reopened));

        var membership = mine["me"]!["teamMemberships"]!.AsArray().FirstOrDefault()?["id"]?.GetValue<string>();
        if (membership is null)
        {
            var team = (await sara.QueryAsync("{ teams(first: 1, where: { or: [{ endsOn: { eq: null } }, { endsOn: { gt: \"2030-01-01\" } }] }) { nodes { id } } }"))["teams"]!["nodes"]![0]!["id"]!.GetValue<string>();
            membership = (await sara.MutateAsync("joinTeam", "JoinTeamInput", "teamMembership { id }", new { teamId = team, role = "Medlem" }))["teamMembership"]!["id"]!.GetValue<string>();
        }

        var left = await sara.MutateAsync("leaveTeam", "LeaveTeamInput", "teamMembership { endsOn }", new { membershipId = membership });
        var leftAgain = await sara.MutateAsync("leaveTeam", "LeaveTeamInput", "teamMembership { endsOn }", new { membershipId = membership });

        Assert.NotNull(left["teamMembership"]!["endsOn"]);
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(leftAgain));
    }

    [Fact]
    public async Task Cancelling_an_event_cancels_its_open_enrolments()
    {
        var hr = api.GraphQL();
        var trainingEvent = (await hr.QueryAsync("{ trainingEvents(where: { status: { eq: SCHEDULED }, enrolments: { some: { status: { in: [APPROVED, REQUESTED, WAITLISTED] } } } }, first: 1) { nodes { id } } }"))["trainingEvents"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var cancelled = await hr.MutateAsync("cancelTrainingEvent", "CancelTrainingEventInput", "trainingEvent { status enrolments { status } }", new { trainingEventId = trainingEvent });
        var again = await hr.MutateAsync("cancelTrainingEvent", "CancelTrainingEventInput", "trainingEvent { status }", new { trainingEventId = trainingEvent });

        Assert.Equal("CANCELLED", cancelled["trainingEvent"]!["status"]!.GetValue<string>());
        Assert.DoesNotContain(cancelled["trainingEvent"]!["enrolments"]!.AsArray(), e => e!["status"]!.GetValue<string>() is "APPROVED" or "REQUESTED" or "WAITLISTED");
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(again));
    }
}
