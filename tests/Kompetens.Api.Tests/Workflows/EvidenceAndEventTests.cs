using System.Text.Json.Nodes;
using Kompetens.Api.DemoData;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Workflows;

/// <summary>
/// Evidence integrity and events that start: a completion is recorded only after the event has taken place, its
/// evidence never lowers the level Sara's manager confirmed, a started event takes no more requests, attendance is
/// marked, and HR completes an event for all its participants at once — updating the plan activity it carried out.
/// Every step is taken by the person who really takes it.
/// </summary>
public sealed class EvidenceAndEventTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient manager = api.GraphQL(TestTokens.DemoManager);
    private readonly GraphQLClient sara = api.GraphQL(TestTokens.DemoEmployee);

    private const string EventEnrolments = """
        query($id: ID!) {
          node(id: $id) { ... on TrainingEvent { status training { competences { levelReached competence { id code } } } } }
          enrolments(where: { trainingEvent: { id: { eq: $id } } }) { nodes { id status employee { employeeNumber } } }
        }
        """;

    /// <summary>The event as HR reads it, with its enrolments.</summary>
    private async Task<JsonNode> EventAsync(string eventId)
    {
        var data = await api.GraphQL().QueryAsync(EventEnrolments, new { id = eventId });
        var trainingEvent = data["node"]!.DeepClone();
        trainingEvent["enrolments"] = data["enrolments"]!.DeepClone();
        return trainingEvent;
    }

    private static string EnrolmentOf(JsonNode trainingEvent, string employeeNumber) =>
        trainingEvent["enrolments"]!["nodes"]!.AsArray().Single(e => e!["employee"]!["employeeNumber"]!.GetValue<string>() == employeeNumber)!["id"]!.GetValue<string>();

    private async Task<int?> SarasLevelAsync(string competenceCode)
    {
        var profile = await sara.QueryAsync("{ me { competenceProfile { level assessor competence { code } } } }");
        return profile["me"]!["competenceProfile"]!.AsArray().SingleOrDefault(l => l!["competence"]!["code"]!.GetValue<string>() == competenceCode)?["level"]!.GetValue<int>();
    }

    [Fact]
    public async Task A_completion_is_refused_before_the_event_has_taken_place()
    {
        var eventId = await TestData.NewEventWithPlacesAsync(api, 10, DemoCity.DemoEmployeeNumber);
        var enrolmentId = EnrolmentOf(await EventAsync(eventId), DemoCity.DemoEmployeeNumber);

        var early = await manager.MutateAsync("completeEnrolment", "CompleteEnrolmentInput", "enrolment { status }", new { enrolmentId, knowledgeSharing = "Visa kollegerna" });
        var earlyEvent = await api.GraphQL().MutateAsync("completeTrainingEvent", "CompleteTrainingEventInput", "trainingEvent { status }", new { trainingEventId = eventId, knowledgeSharing = "Visa kollegerna" });

        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(early));
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(earlyEvent));
        Assert.Equal("APPROVED", (await EventAsync(eventId))["enrolments"]!["nodes"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Evidence_below_the_managers_confirmed_level_does_not_lower_it()
    {
        var eventId = await TestData.NewEventWithPlacesAsync(api, -3, DemoCity.DemoEmployeeNumber);
        var trainingEvent = await EventAsync(eventId);
        var developed = trainingEvent["training"]!["competences"]![0]!;
        var code = developed["competence"]!["code"]!.GetValue<string>();
        var confirmed = Math.Min(developed["levelReached"]!.GetValue<int>() + 1, 5);
        var me = (await sara.QueryAsync("{ me { id } }"))["me"]!["id"]!.GetValue<string>();
        await manager.MutateAsync("assessCompetence", "AssessCompetenceInput", "competenceAssessment { id }",
            new { competenceId = developed["competence"]!["id"]!.GetValue<string>(), level = confirmed, employeeId = me });

        var completed = await manager.MutateAsync("completeEnrolment", "CompleteEnrolmentInput", "enrolment { status }",
            new { enrolmentId = EnrolmentOf(trainingEvent, DemoCity.DemoEmployeeNumber), knowledgeSharing = "Visa kollegerna på APT" });

        Assert.Equal("COMPLETED", completed["enrolment"]!["status"]!.GetValue<string>());
        Assert.True(developed["levelReached"]!.GetValue<int>() < confirmed);
        Assert.Equal(confirmed, await SarasLevelAsync(code));
    }

    [Fact]
    public async Task A_started_event_refuses_requests()
    {
        var eventId = await TestData.NewEventWithPlacesAsync(api, -1);

        var requested = await sara.MutateAsync("requestEnrolment", "RequestEnrolmentInput", "enrolment { id }", new { trainingEventId = eventId });

        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(requested));
        Assert.Contains("started", requested["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_manager_marks_attendance_and_hr_completes_the_event_for_all_at_once()
    {
        var colleague = (await TestData.ListAsync<string>(api, """
            SELECT employee_number FROM employees WHERE organisation_unit_id = (SELECT id FROM organisation_units WHERE code = 'BILD-GRU')
              AND status = 'Active' AND employee_number NOT IN ('E10042', 'E10007') ORDER BY employee_number LIMIT 1
            """)).Single();
        var eventId = await TestData.NewEventWithPlacesAsync(api, -2, DemoCity.DemoEmployeeNumber, colleague);
        var trainingEvent = await EventAsync(eventId);
        var saraEnrolment = EnrolmentOf(trainingEvent, DemoCity.DemoEmployeeNumber);
        var colleagueEnrolment = EnrolmentOf(trainingEvent, colleague);
        var activity = await NewPlanActivityOfSaraAsync(saraEnrolment);

        var bySara = await sara.MutateAsync("recordAttendance", "RecordAttendanceInput", "trainingEvent { status }",
            new { trainingEventId = eventId, attendance = new[] { new { enrolmentId = saraEnrolment, attended = true } } });
        var marked = await manager.MutateAsync("recordAttendance", "RecordAttendanceInput", "trainingEvent { status }",
            new { trainingEventId = eventId, attendance = new[] { new { enrolmentId = saraEnrolment, attended = true }, new { enrolmentId = colleagueEnrolment, attended = false } } });
        var completed = await api.GraphQL().MutateAsync("completeTrainingEvent", "CompleteTrainingEventInput", "trainingEvent { status }",
            new { trainingEventId = eventId, knowledgeSharing = "Dela med arbetslaget" });
        var after = await EventAsync(eventId);
        var plan = await sara.QueryAsync("query($id: ID!) { node(id: $id) { ... on PlanActivity { status } } }", new { id = activity });

        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(bySara));
        Assert.Equal("IN_PROGRESS", marked["trainingEvent"]!["status"]!.GetValue<string>());
        Assert.Equal("COMPLETED", completed["trainingEvent"]!["status"]!.GetValue<string>());
        Assert.Equal("COMPLETED", after["enrolments"]!["nodes"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == saraEnrolment)!["status"]!.GetValue<string>());
        Assert.Equal("NO_SHOW", after["enrolments"]!["nodes"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == colleagueEnrolment)!["status"]!.GetValue<string>());
        Assert.Equal("DONE", plan["node"]!["status"]!.GetValue<string>());
    }

    /// <summary>A planned training activity in Sara's agreed plan, carried out by <paramref name="enrolmentId"/>; its global id.</summary>
    private async Task<string> NewPlanActivityOfSaraAsync(string enrolmentId)
    {
        var id = Guid.CreateVersion7();
        await TestData.ExecuteAsync(api, """
            INSERT INTO plan_activities (id, plan_id, kind, description, training_event_id, status, created_at, updated_at)
            SELECT @id, p.id, 'Training', 'Kursen', en.training_event_id, 'Planned', now(), now()
            FROM development_plans p JOIN employees e ON e.id = p.employee_id, enrolments en
            WHERE e.employee_number = 'E10042' AND p.status = 'Agreed' AND en.id = @enrolment LIMIT 1;
            UPDATE enrolments SET plan_activity_id = @id WHERE id = @enrolment;
            """, ("id", id), ("enrolment", TestData.Key(enrolmentId)));
        return Kompetens.GraphQL.Data.Ids.GlobalId.Format("PlanActivity", id);
    }
}

/// <summary>The service with assessments valid for two months (<c>Competences:AssessmentValidityMonths</c>).</summary>
public sealed class ShortValidityApiFactory : ApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Competences:AssessmentValidityMonths"] = "2" };
}

/// <summary>An assessment older than the configured validity no longer gives the current level.</summary>
public sealed class AssessmentValidityTests(ShortValidityApiFactory api) : IClassFixture<ShortValidityApiFactory>
{
    [Fact]
    public async Task An_expired_manager_assessment_no_longer_counts_and_a_valid_self_assessment_does()
    {
        var sara = api.GraphQL(TestTokens.DemoEmployee);
        var code = (await TestData.ListAsync<string>(api, """
            SELECT c.code FROM competences c WHERE c.status = 'Active'
              AND NOT EXISTS (SELECT 1 FROM competence_assessments a JOIN employees e ON e.id = a.employee_id WHERE a.competence_id = c.id AND e.employee_number = 'E10042')
            ORDER BY c.code LIMIT 1
            """)).Single();
        async Task AssessAsync(string assessor, int level, string age) => await TestData.ExecuteAsync(api, $"""
            INSERT INTO competence_assessments (id, employee_id, competence_id, level, assessor, assessed_at, created_at, updated_at)
            SELECT gen_random_uuid(), e.id, c.id, @level, @assessor, now() - interval '{age}', now(), now()
            FROM employees e, competences c WHERE e.employee_number = 'E10042' AND c.code = @code
            """, ("level", level), ("assessor", assessor), ("code", code));
        async Task<JsonNode?> LevelAsync() => (await sara.QueryAsync("{ me { competenceProfile { level assessor competence { code } } } }"))["me"]!["competenceProfile"]!
            .AsArray().SingleOrDefault(l => l!["competence"]!["code"]!.GetValue<string>() == code);

        await AssessAsync("Manager", 4, "3 months");
        var expired = await LevelAsync();
        await AssessAsync("Self", 2, "1 day");
        var valid = await LevelAsync();

        Assert.Null(expired);
        Assert.Equal(2, valid!["level"]!.GetValue<int>());
        Assert.Equal("SELF", valid["assessor"]!.GetValue<string>());
    }
}
