using GraphQL;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.Api.Tests.Security;

/// <summary>Who may call which mutation: every mutation, for every kind of caller.</summary>
public sealed class MutationAccessTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Admin = "admin", Payroll = "payroll", Analytics = "analytics", Employee = "employee", Manager = "manager";
    private static readonly string[] People = [Employee, Manager];
    private static readonly string[] PeopleAndHr = [Admin, Employee, Manager];
    private static readonly string[] HrOnly = [Admin];
    private static readonly string[] PayrollAndHr = [Admin, Payroll];

    private static readonly (string Mutation, string InputType, string Input, string[] Allowed)[] Mutations =
    [
        ("draftDevelopmentPlan", "DraftDevelopmentPlanInput", """{"periodStart":"2026-01-01","periodEnd":"2025-12-31"}""", People),
        ("submitDevelopmentPlan", "SubmitDevelopmentPlanInput", """{"planId":"x"}""", PeopleAndHr),
        ("agreeDevelopmentPlan", "AgreeDevelopmentPlanInput", """{"planId":"x"}""", PeopleAndHr),
        ("returnDevelopmentPlan", "ReturnDevelopmentPlanInput", """{"planId":"x"}""", PeopleAndHr),
        ("updateDevelopmentPlan", "UpdateDevelopmentPlanInput", """{"planId":"x"}""", PeopleAndHr),
        ("withdrawDevelopmentPlan", "WithdrawDevelopmentPlanInput", """{"planId":"x"}""", PeopleAndHr),
        ("recordAttendance", "RecordAttendanceInput", """{"trainingEventId":"x","attendance":[]}""", PeopleAndHr),
        ("completeTrainingEvent", "CompleteTrainingEventInput", """{"trainingEventId":"x","knowledgeSharing":"k"}""", HrOnly),
        ("recordPlanFollowUp", "RecordPlanFollowUpInput", """{"planId":"x","heldOn":"2026-01-01","notes":"n"}""", PeopleAndHr),
        ("closeDevelopmentPlan", "CloseDevelopmentPlanInput", """{"planId":"x"}""", PeopleAndHr),
        ("requestEnrolment", "RequestEnrolmentInput", """{"trainingEventId":"x"}""", People),
        ("approveEnrolment", "ApproveEnrolmentInput", """{"enrolmentId":"x"}""", PeopleAndHr),
        ("cancelEnrolment", "CancelEnrolmentInput", """{"enrolmentId":"x"}""", PeopleAndHr),
        ("completeEnrolment", "CompleteEnrolmentInput", """{"enrolmentId":"x","knowledgeSharing":"k"}""", PeopleAndHr),
        ("completeKnowledgeSharingAction", "CompleteKnowledgeSharingActionInput", """{"actionId":"x"}""", PeopleAndHr),
        ("planKnowledgeSharingAction", "PlanKnowledgeSharingActionInput", """{"source":"SELF_STUDY","description":"d","employeeId":"x"}""", PeopleAndHr),
        ("submitImprovementProposal", "SubmitImprovementProposalInput", """{"title":"t","description":"d","organisationUnitId":"x"}""", People),
        ("reviewImprovementProposal", "ReviewImprovementProposalInput", """{"proposalId":"x"}""", PeopleAndHr),
        ("acceptImprovementProposal", "AcceptImprovementProposalInput", """{"proposalId":"x","response":"r"}""", PeopleAndHr),
        ("rejectImprovementProposal", "RejectImprovementProposalInput", """{"proposalId":"x","response":"r"}""", PeopleAndHr),
        ("implementImprovementProposal", "ImplementImprovementProposalInput", """{"proposalId":"x"}""", PeopleAndHr),
        ("withdrawImprovementProposal", "WithdrawImprovementProposalInput", """{"proposalId":"x"}""", People),
        ("recordQualityWorkResult", "RecordQualityWorkResultInput", """{"organisationUnitId":"x","qualityToolId":"x","periodStart":"2026-01-01","periodEnd":"2026-12-31","summary":"s"}""", PeopleAndHr),
        ("createCompetence", "CreateCompetenceInput", """{"code":"c","name":{"sv":"s"},"dimension":"SKILL","scaleId":"x"}""", HrOnly),
        ("updateCompetence", "UpdateCompetenceInput", """{"competenceId":"x"}""", HrOnly),
        ("retireCompetence", "RetireCompetenceInput", """{"competenceId":"x"}""", HrOnly),
        ("mergeCompetences", "MergeCompetencesInput", """{"sourceId":"x","targetId":"y"}""", HrOnly),
        ("setCompetenceVisibility", "SetCompetenceVisibilityInput", """{"findableByCompetence":false}""", People),
        ("openMappingCampaign", "OpenMappingCampaignInput", """{"name":{"sv":"n"},"startsOn":"2026-01-01","endsOn":"2025-01-01","unitIds":["x"]}""", HrOnly),
        ("closeMappingCampaign", "CloseMappingCampaignInput", """{"campaignId":"x"}""", HrOnly),
        ("assessCompetence", "AssessCompetenceInput", """{"competenceId":"x","level":1,"employeeId":"x"}""", PeopleAndHr),
        ("stateCompetenceRequirement", "StateCompetenceRequirementInput", """{"organisationUnitId":"x","competenceId":"x","requiredLevel":1,"headcount":1,"horizon":"NOW"}""", PeopleAndHr),
        ("joinTeam", "JoinTeamInput", """{"teamId":"x","role":"r"}""", PeopleAndHr),
        ("proposeJobRotation", "ProposeJobRotationInput", """{"toUnitId":"x","startsOn":"2026-01-01","endsOn":"2026-02-01","learningGoals":"l"}""", People),
        ("approveJobRotation", "ApproveJobRotationInput", """{"rotationId":"x"}""", PeopleAndHr),
        ("rejectJobRotation", "RejectJobRotationInput", """{"rotationId":"x","comment":"c"}""", PeopleAndHr),
        ("startJobRotation", "StartJobRotationInput", """{"rotationId":"x"}""", PeopleAndHr),
        ("cancelJobRotation", "CancelJobRotationInput", """{"rotationId":"x"}""", PeopleAndHr),
        ("completeJobRotation", "CompleteJobRotationInput", """{"rotationId":"x","evaluation":"e"}""", PeopleAndHr),
        ("acknowledgeStrategyItem", "AcknowledgeStrategyItemInput", """{"strategyItemId":"x"}""", People),
        ("createTraining", "CreateTrainingInput", """{"code":"c","title":{"sv":"s"},"provider":"p","hours":1,"format":"ONLINE","competences":[{"competenceId":"x","levelReached":1}]}""", HrOnly),
        ("scheduleTrainingEvent", "ScheduleTrainingEventInput", """{"trainingId":"x","startsAt":"2026-01-01T08:00:00Z","endsAt":"2026-01-01T09:00:00Z","location":"l","capacity":1,"cost":0}""", HrOnly),
        ("createProficiencyScale", "CreateProficiencyScaleInput", """{"code":"c","name":{"sv":"s"},"levels":[]}""", HrOnly),
        ("formTeam", "FormTeamInput", """{"name":{"sv":"n"},"task":"t","kind":"PROJECT","startsOn":"2026-01-01","unitIds":["x"]}""", PeopleAndHr),
        ("updatePlanActivityStatus", "UpdatePlanActivityStatusInput", """{"activityId":"x","status":"DONE"}""", PeopleAndHr),
        ("cancelTrainingEvent", "CancelTrainingEventInput", """{"trainingEventId":"x"}""", HrOnly),
        ("leaveTeam", "LeaveTeamInput", """{"membershipId":"x"}""", PeopleAndHr),
        ("syncOrganisationUnits", "SyncOrganisationUnitsInput", """{"source":"matrix","batchId":"b1","mode":"DELTA","dryRun":true,"units":[]}""", PayrollAndHr),
        ("syncEmployees", "SyncEmployeesInput", """{"source":"matrix","batchId":"b1","mode":"DELTA","dryRun":true,"employees":[]}""", PayrollAndHr),
        ("changeFundingSourceStatus", "ChangeFundingSourceStatusInput", """{"fundingSourceId":"x","status":"APPLIED"}""", HrOnly),
        ("createStrategyItem", "CreateStrategyItemInput", """{"kind":"GOAL","title":{"sv":"t"},"parentId":"x"}""", HrOnly),
        ("updateStrategyItem", "UpdateStrategyItemInput", """{"strategyItemId":"x"}""", HrOnly),
        ("retireStrategyItem", "RetireStrategyItemInput", """{"strategyItemId":"x"}""", HrOnly),
        ("createFundingSource", "CreateFundingSourceInput", """{"name":{"sv":"n"},"kind":"OWN_BUDGET","appliedAmount":-1}""", HrOnly),
        ("updateFundingSource", "UpdateFundingSourceInput", """{"fundingSourceId":"x"}""", HrOnly),
        ("changeMappingCampaign", "ChangeMappingCampaignInput", """{"campaignId":"x"}""", HrOnly),
        ("changeCompetenceRequirement", "ChangeCompetenceRequirementInput", """{"requirementId":"x"}""", PeopleAndHr),
        ("withdrawCompetenceRequirement", "WithdrawCompetenceRequirementInput", """{"requirementId":"x"}""", PeopleAndHr),
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (mutation, _, _, _) in Mutations)
        {
            foreach (var caller in new[] { Admin, Payroll, Analytics, Employee, Manager })
            {
                data.Add(mutation, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_mutation_is_open_to_exactly_its_callers(string mutation, string caller)
    {
        var (_, inputType, input, allowed) = Mutations.Single(m => m.Mutation == mutation);
        var token = caller switch
        {
            Admin => TestTokens.Admin,
            Payroll => TestTokens.Payroll,
            Analytics => TestTokens.Analytics,
            Employee => TestTokens.DemoEmployee,
            _ => TestTokens.DemoManager,
        };

        var result = await api.GraphQL(token).PostAsync(
            $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ errors {{ __typename }} }} }}",
            new { input = System.Text.Json.JsonDocument.Parse(input).RootElement });

        if (allowed.Contains(caller))
        {
            // Allowed callers get past access control; the dummy input is then refused by the domain rules.
            Assert.True(result.Errors is null, result.Body?.ToJsonString());
        }
        else
        {
            Assert.Equal("AUTH_NOT_AUTHORIZED", result.FirstErrorCode);
        }
    }

    [Fact]
    public void The_matrix_lists_every_mutation_of_the_schema_with_its_own_input_type()
    {
        var schema = api.Services.GetRequiredService<global::GraphQL.Types.ISchema>();
        schema.Initialize();

        Assert.Equal(schema.Mutation!.Fields.Select(f => f.Name).Order(), Mutations.Select(m => m.Mutation).Order());
        foreach (var (mutation, inputType, _, _) in Mutations)
        {
            // HotChocolate's convention: each mutation takes its own input type, named after it.
            Assert.Equal(char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input", inputType);
            Assert.Equal(inputType, schema.Mutation.Fields.Find(mutation)!.Arguments!.Find("input")!.ResolvedType!.GetNamedType().Name);
        }

        Assert.Equal(Mutations.Length, Mutations.Select(m => m.InputType).Distinct().Count());
    }
}
