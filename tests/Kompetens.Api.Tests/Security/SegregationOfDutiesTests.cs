using System.Text.Json.Nodes;
using Kompetens.Api.DemoData;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Security;

/// <summary>
/// Segregation of duties holds for everyone, HR included (issue 9, item 6): an HR person signed in as themself (a user
/// token with the Admin role that maps to their employee record, here Sara, E10042) takes manager steps for others but
/// never decides on their own plan, enrolment, rotation or assessment, and never records evidence for themself. Each
/// step is taken with the real caller's token: Sara as HR, her manager Mikael, HR's app.
/// </summary>
public sealed class SegregationOfDutiesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient hrSara = api.GraphQL(TestTokens.HrUser(DemoCity.DemoEmployeeObjectId));
    private readonly GraphQLClient manager = api.GraphQL(TestTokens.DemoManager);

    private static string Id(JsonNode? node) => node!["id"]!.GetValue<string>();

    private static async Task<JsonNode> OkAsync(GraphQLClient client, string mutation, string inputType, string selection, object input)
    {
        var payload = await client.MutateAsync(mutation, inputType, selection, input);
        Assert.True(payload["errors"] is null, $"{mutation}: {payload["errors"]?.ToJsonString()}");
        return payload;
    }

    [Fact]
    public async Task The_hr_user_token_is_hr_and_is_sara()
    {
        var colleague = (await TestData.PeopleOfDemoManagerAsync(api, 1))[0];
        var eventId = await TestData.NewEventAsync(api, 5);
        var theirs = Id((await OkAsync(api.GraphQL(TestTokens.User(colleague)), "requestEnrolment", "RequestEnrolmentInput", "enrolment { id }", new { trainingEventId = eventId }))["enrolment"]);

        var me = await hrSara.QueryAsync("{ me { employeeNumber } auditEntries(first: 1) { totalCount } }");
        var approvedForAColleague = await hrSara.MutateAsync("approveEnrolment", "ApproveEnrolmentInput", "enrolment { status }", new { enrolmentId = theirs });

        Assert.Equal(DemoCity.DemoEmployeeNumber, me["me"]!["employeeNumber"]!.GetValue<string>());
        Assert.Equal("APPROVED", approvedForAColleague["enrolment"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_hr_user_cannot_handle_their_own_improvement_proposal_but_their_manager_can()
    {
        var proposalId = Id((await OkAsync(hrSara, "submitImprovementProposal", "SubmitImprovementProposalInput", "improvementProposal { id }",
            new { title = "Mentorer för nya lärare", description = "Varje ny lärare får en mentor det första året." }))["improvementProposal"]);

        var ownReview = await hrSara.MutateAsync("reviewImprovementProposal", "ReviewImprovementProposalInput", "improvementProposal { status }", new { proposalId });
        var ownAcceptance = await hrSara.MutateAsync("acceptImprovementProposal", "AcceptImprovementProposalInput", "improvementProposal { status }", new { proposalId, response = "Ja" });
        var accepted = await OkAsync(manager, "acceptImprovementProposal", "AcceptImprovementProposalInput", "improvementProposal { status }", new { proposalId, response = "Vi prövar från januari." });

        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(ownReview));
        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(ownAcceptance));
        Assert.Equal("ACCEPTED", accepted["improvementProposal"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_hr_user_cannot_agree_return_follow_up_or_close_their_own_plan()
    {
        var goal = Id((await hrSara.QueryAsync("{ strategyItems(where: { parent: { kind: { eq: SERVICE_STRATEGY } } }, first: 1) { nodes { id } } }"))["strategyItems"]!["nodes"]![0]);
        var planId = Id((await OkAsync(hrSara, "draftDevelopmentPlan", "DraftDevelopmentPlanInput", "developmentPlan { id }",
            new { periodStart = "2022-01-01", periodEnd = "2022-12-31", strategyGoalIds = new[] { goal } }))["developmentPlan"]);
        await OkAsync(hrSara, "submitDevelopmentPlan", "SubmitDevelopmentPlanInput", "developmentPlan { status }", new { planId });

        var ownAgreement = await hrSara.MutateAsync("agreeDevelopmentPlan", "AgreeDevelopmentPlanInput", "developmentPlan { status }", new { planId });
        var ownReturn = await hrSara.MutateAsync("returnDevelopmentPlan", "ReturnDevelopmentPlanInput", "developmentPlan { status }", new { planId, comment = "Nej" });
        var agreed = await OkAsync(manager, "agreeDevelopmentPlan", "AgreeDevelopmentPlanInput", "developmentPlan { status agreedBy { employeeNumber } }", new { planId });
        var ownFollowUp = await hrSara.MutateAsync("recordPlanFollowUp", "RecordPlanFollowUpInput", "developmentPlan { status }", new { planId, heldOn = "2025-06-01", notes = "Bra" });
        var ownClosing = await hrSara.MutateAsync("closeDevelopmentPlan", "CloseDevelopmentPlanInput", "developmentPlan { status }", new { planId });

        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(ownAgreement));
        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(ownReturn));
        Assert.Equal(DemoCity.DemoManagerNumber, agreed["developmentPlan"]!["agreedBy"]!["employeeNumber"]!.GetValue<string>());
        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(ownFollowUp));
        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(ownClosing));
    }

    [Fact]
    public async Task An_hr_user_cannot_approve_or_complete_their_own_enrolment_nor_mark_its_knowledge_sharing_done()
    {
        var eventId = await TestData.NewEventAsync(api, 5);
        var enrolmentId = Id((await OkAsync(hrSara, "requestEnrolment", "RequestEnrolmentInput", "enrolment { id }", new { trainingEventId = eventId }))["enrolment"]);

        var ownApproval = await hrSara.MutateAsync("approveEnrolment", "ApproveEnrolmentInput", "enrolment { status }", new { enrolmentId });
        await OkAsync(manager, "approveEnrolment", "ApproveEnrolmentInput", "enrolment { status }", new { enrolmentId });
        await TestData.EventTakesPlaceAsync(api, eventId);
        var ownCompletion = await hrSara.MutateAsync("completeEnrolment", "CompleteEnrolmentInput", "enrolment { status }", new { enrolmentId, knowledgeSharing = "Jag visar mig själv" });
        var evidenceBefore = await EvidenceCountAsync();
        var completed = await OkAsync(manager, "completeEnrolment", "CompleteEnrolmentInput", "enrolment { knowledgeSharingActions { id } }", new { enrolmentId, knowledgeSharing = "Workshop på arbetsplatsmötet" });
        var ownActionDone = await hrSara.MutateAsync("completeKnowledgeSharingAction", "CompleteKnowledgeSharingActionInput", "knowledgeSharingAction { doneAt }",
            new { actionId = Id(completed["enrolment"]!["knowledgeSharingActions"]![0]) });

        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(ownApproval));
        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(ownCompletion));
        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(ownActionDone));
        Assert.True(await EvidenceCountAsync() > evidenceBefore, "The manager's completion records the evidence; Sara's own did not.");
    }

    [Fact]
    public async Task An_hr_user_cannot_approve_or_complete_their_own_rotation_and_award_themself_evidence()
    {
        var lookup = await hrSara.QueryAsync("""
            { otherAdministration: organisationUnits(where: { kind: { eq: WORKPLACE }, parent: { parent: { code: { neq: "BILD" } } } }, first: 1) { nodes { id } }
              competences(where: { status: { eq: ACTIVE } }, first: 1, order: [{ code: ASC }]) { nodes { id } } }
            """);
        var rotationId = Id((await OkAsync(hrSara, "proposeJobRotation", "ProposeJobRotationInput", "jobRotation { id }",
            new { toUnitId = Id(lookup["otherAdministration"]!["nodes"]![0]), startsOn = "2027-01-10", endsOn = "2027-02-28", learningGoals = "Se hur andra arbetar" }))["jobRotation"]);

        var ownApproval = await hrSara.MutateAsync("approveJobRotation", "ApproveJobRotationInput", "jobRotation { status }", new { rotationId });
        await OkAsync(manager, "approveJobRotation", "ApproveJobRotationInput", "jobRotation { status }", new { rotationId });
        var approved = await OkAsync(api.GraphQL(TestTokens.Admin), "approveJobRotation", "ApproveJobRotationInput", "jobRotation { status }", new { rotationId });
        var evidenceBefore = await EvidenceCountAsync();
        var ownCompletion = await hrSara.MutateAsync("completeJobRotation", "CompleteJobRotationInput", "jobRotation { status }",
            new { rotationId, evaluation = "Jag var utmärkt", evidence = new[] { new { competenceId = Id(lookup["competences"]!["nodes"]![0]), level = 5 } } });

        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(ownApproval));
        Assert.Equal("APPROVED", approved["jobRotation"]!["status"]!.GetValue<string>());
        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(ownCompletion));
        Assert.Equal(evidenceBefore, await EvidenceCountAsync());
    }

    [Fact]
    public async Task An_hr_user_assessing_themself_is_a_self_assessment_never_a_manager_one()
    {
        var lookup = await hrSara.QueryAsync("{ me { id } competences(where: { status: { eq: ACTIVE } }, first: 1, order: [{ code: ASC }]) { nodes { id } } }");
        var competenceId = Id(lookup["competences"]!["nodes"]![0]);
        var colleague = Id((await manager.QueryAsync("{ employees(where: { employeeNumber: { neq: \"E10042\" }, status: { eq: ACTIVE } }, first: 1) { nodes { id } } }"))["employees"]!["nodes"]![0]);

        var ofHerself = await OkAsync(hrSara, "assessCompetence", "AssessCompetenceInput", "competenceAssessment { assessor }", new { competenceId, level = 2, employeeId = Id(lookup["me"]) });
        var ofAColleague = await OkAsync(hrSara, "assessCompetence", "AssessCompetenceInput", "competenceAssessment { assessor }", new { competenceId, level = 2, employeeId = colleague });

        Assert.Equal("SELF", ofHerself["competenceAssessment"]!["assessor"]!.GetValue<string>());
        Assert.Equal("MANAGER", ofAColleague["competenceAssessment"]!["assessor"]!.GetValue<string>());
    }

    private async Task<long> EvidenceCountAsync() =>
        (await TestData.ListAsync<long>(api, "SELECT count(*) FROM competence_assessments a JOIN employees e ON e.id = a.employee_id WHERE e.employee_number = 'E10042' AND a.assessor = 'Evidence'"))[0];
}
