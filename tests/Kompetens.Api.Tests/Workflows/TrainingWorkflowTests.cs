using System.Text.Json.Nodes;
using Kompetens.Api.Tests.Infrastructure;
using Npgsql;

namespace Kompetens.Api.Tests.Workflows;

public sealed class TrainingWorkflowTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string EnrolmentFields = "enrolment { id status employee { employeeNumber } knowledgeSharingActions { id description doneAt } }";

    /// <summary>A scheduled event with room for <paramref name="capacity"/>, and no enrolments yet.</summary>
    private async Task<string> NewEventAsync(int capacity)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        var id = Guid.CreateVersion7();
        await using var command = new NpgsqlCommand("""
            INSERT INTO training_events (id, training_id, starts_at, ends_at, location, language, capacity, cost, status, created_at, updated_at)
            SELECT @id, t.id, now() + interval '30 days', now() + interval '31 days', 'Stadshuset', 'sv', @capacity, 1500, 'Scheduled', now(), now()
            FROM trainings t WHERE EXISTS (SELECT 1 FROM training_competences c WHERE c.training_id = t.id) ORDER BY t.code LIMIT 1
            """, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("capacity", capacity);
        await command.ExecuteNonQueryAsync();
        return Kompetens.GraphQL.Data.Ids.GlobalId.Format("TrainingEvent", id);
    }

    private Task<JsonNode> MutateAsync(string mutation, string inputType, string token, object input) =>
        api.GraphQL(token).MutateAsync(mutation, inputType, EnrolmentFields, input);

    private async Task<string> RequestAsync(string eventId, string token) =>
        (await MutateAsync("requestEnrolment", "RequestEnrolmentInput", token, new { trainingEventId = eventId }))["enrolment"]!["id"]!.GetValue<string>();

    private Task<JsonNode> ApproveAsync(string enrolmentId) => MutateAsync("approveEnrolment", "ApproveEnrolmentInput", TestTokens.DemoManager, new { enrolmentId });

    [Fact]
    public async Task A_request_is_approved_completed_recorded_as_evidence_and_shared_at_the_workplace()
    {
        var eventId = await NewEventAsync(5);
        var enrolmentId = await RequestAsync(eventId, TestTokens.DemoEmployee);

        var approved = await ApproveAsync(enrolmentId);
        await TestData.EventTakesPlaceAsync(api, eventId);
        var completed = await MutateAsync("completeEnrolment", "CompleteEnrolmentInput", TestTokens.DemoManager, new { enrolmentId, knowledgeSharing = "Present the course at the next workplace meeting" });
        var action = completed["enrolment"]!["knowledgeSharingActions"]![0]!;
        var done = (await api.GraphQL(TestTokens.DemoManager).QueryAsync("""
            mutation($input: CompleteKnowledgeSharingActionInput!) { completeKnowledgeSharingAction(input: $input) { knowledgeSharingAction { doneAt } errors { __typename } } }
            """, new { input = new { actionId = action["id"]!.GetValue<string>() } }))["completeKnowledgeSharingAction"]!;
        var evidence = await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("{ me { assessments(where: { assessor: { eq: EVIDENCE } }, order: [{ assessedAt: DESC }]) { evidence } } }");

        Assert.Equal("APPROVED", approved["enrolment"]!["status"]!.GetValue<string>());
        Assert.Equal("COMPLETED", completed["enrolment"]!["status"]!.GetValue<string>());
        Assert.Equal("Present the course at the next workplace meeting", action["description"]!.GetValue<string>());
        Assert.NotNull(done["knowledgeSharingAction"]!["doneAt"]);
        Assert.StartsWith("Completed the training", evidence["me"]!["assessments"]![0]!["evidence"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_full_event_waitlists_and_a_cancellation_promotes_the_longest_waiting()
    {
        var eventId = await NewEventAsync(1);
        var colleagues = await PeopleOfDemoUnitAsync(3);
        var first = await RequestAsync(eventId, TestTokens.User(colleagues[0]));
        var second = await RequestAsync(eventId, TestTokens.User(colleagues[1]));
        var third = await RequestAsync(eventId, TestTokens.User(colleagues[2]));

        Assert.Equal("APPROVED", (await ApproveAsync(first))["enrolment"]!["status"]!.GetValue<string>());
        Assert.Equal("WAITLISTED", (await ApproveAsync(second))["enrolment"]!["status"]!.GetValue<string>());
        Assert.Equal("WAITLISTED", (await ApproveAsync(third))["enrolment"]!["status"]!.GetValue<string>());

        var cancelled = await MutateAsync("cancelEnrolment", "CancelEnrolmentInput", TestTokens.User(colleagues[0]), new { enrolmentId = first });
        var statuses = await StatusesAsync(eventId);

        Assert.Equal("CANCELLED", cancelled["enrolment"]!["status"]!.GetValue<string>());
        Assert.Equal(["Approved", "Cancelled", "Waitlisted"], statuses.Order());
        Assert.Equal("Approved", statuses[1]);
    }

    [Fact]
    public async Task Parallel_approvals_never_fill_more_places_than_the_event_has()
    {
        var eventId = await NewEventAsync(3);
        var people = await PeopleOfDemoUnitAsync(10);
        var requests = new List<string>();
        foreach (var person in people)
        {
            requests.Add(await RequestAsync(eventId, TestTokens.User(person)));
        }

        await Task.WhenAll(requests.Select(ApproveAsync));

        var statuses = await StatusesAsync(eventId);
        Assert.Equal(3, statuses.Count(s => s == "Approved"));
        Assert.Equal(people.Count - 3, statuses.Count(s => s == "Waitlisted"));
    }

    [Fact]
    public async Task Only_managers_approve_and_steps_out_of_order_are_refused()
    {
        var eventId = await NewEventAsync(5);
        var enrolmentId = await RequestAsync(eventId, TestTokens.DemoEmployee);

        var selfApproved = await MutateAsync("approveEnrolment", "ApproveEnrolmentInput", TestTokens.DemoEmployee, new { enrolmentId });
        var completedEarly = await MutateAsync("completeEnrolment", "CompleteEnrolmentInput", TestTokens.DemoManager, new { enrolmentId, knowledgeSharing = "x" });
        await ApproveAsync(enrolmentId);
        var approvedTwice = await ApproveAsync(enrolmentId);
        var payrollRequests = await api.GraphQL(TestTokens.Payroll).PostAsync("mutation($i: RequestEnrolmentInput!) { requestEnrolment(input: $i) { errors { __typename } } }", new { i = new { trainingEventId = eventId } });

        Assert.Equal("NOT_ALLOWED", GraphQLClient.ErrorCode(selfApproved));
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(completedEarly));
        Assert.Equal("INVALID_TRANSITION", GraphQLClient.ErrorCode(approvedTwice));
        Assert.Equal("AUTH_NOT_AUTHORIZED", payrollRequests.FirstErrorCode);
    }

    private async Task<List<string>> StatusesAsync(string eventId)
    {
        Assert.True(Kompetens.GraphQL.Data.Ids.GlobalId.TryParse(eventId, out _, out var key));
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT status FROM enrolments WHERE training_event_id = @id ORDER BY requested_at, id", connection);
        command.Parameters.AddWithValue("id", key);
        var statuses = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            statuses.Add(reader.GetString(0));
        }

        return statuses;
    }

    /// <summary>Active people the demo manager manages, other than the demo employee, with Entra object ids.</summary>
    private async Task<List<Guid>> PeopleOfDemoUnitAsync(int count)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            WITH RECURSIVE managed AS (
                SELECT u.id FROM organisation_units u JOIN employees m ON m.id = u.manager_id WHERE m.employee_number = 'E10007'
                UNION SELECT u.id FROM organisation_units u JOIN managed ON u.parent_id = managed.id)
            SELECT entra_object_id FROM employees
            WHERE organisation_unit_id IN (SELECT id FROM managed) AND status = 'Active' AND entra_object_id IS NOT NULL
              AND employee_number NOT IN ('E10042', 'E10007')
            ORDER BY employee_number LIMIT @count
            """, connection);
        command.Parameters.AddWithValue("count", count);
        var people = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            people.Add(reader.GetGuid(0));
        }

        Assert.Equal(count, people.Count);
        return people;
    }
}
