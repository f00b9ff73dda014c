using System.Text.Json.Nodes;
using Kompetens.Api.DemoData;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Races;

/// <summary>
/// Concurrent requests through HTTP, checked afterwards in PostgreSQL (issue 9, items 7–9): one person holds one
/// place, an event cancelled during approvals gives every caller the truth, and of two concurrent steps on one row
/// exactly one wins.
/// </summary>
public sealed class RaceTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Errors = "errors { __typename ... on Error { code message } }";

    /// <summary>One mutation as it answered: the payload, or the code of a top-level error (for example INTERNAL_ERROR).</summary>
    private sealed record Answer(JsonNode? Payload, string? TopLevelCode)
    {
        public string? Code => TopLevelCode ?? Payload?["errors"]?[0]?["code"]?.GetValue<string>();

        public bool Succeeded => TopLevelCode is null && Payload?["errors"] is null;
    }

    private async Task<Answer> SendAsync(string token, string mutation, string inputType, string selection, object input)
    {
        var result = await api.GraphQL(token).PostAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection} {Errors} }} }}", new { input });
        return new Answer(result.Data?[mutation], result.Errors is null ? null : result.FirstErrorCode ?? "UNKNOWN");
    }

    [Fact]
    public async Task Ten_parallel_requests_for_one_event_leave_one_open_enrolment()
    {
        var eventId = await TestData.NewEventAsync(api, 5);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => SendAsync(TestTokens.DemoEmployee, "requestEnrolment", "RequestEnrolmentInput",
            "enrolment { id } errors { ... on AlreadyEnrolledError { enrolmentId } }", new { trainingEventId = eventId })));

        var rows = await TestData.ListAsync<Guid>(api, "SELECT e.id FROM enrolments e JOIN employees p ON p.id = e.employee_id WHERE e.training_event_id = @event AND p.employee_number = @number",
            ("event", TestData.Key(eventId)), ("number", DemoCity.DemoEmployeeNumber));
        var winner = Assert.Single(answers, a => a.Succeeded);
        var winnerId = winner.Payload!["enrolment"]!["id"]!.GetValue<string>();
        Assert.All(answers.Where(a => !a.Succeeded), a =>
        {
            Assert.Equal("ALREADY_ENROLLED", a.Code);
            Assert.Equal(winnerId, a.Payload!["errors"]![0]!["enrolmentId"]!.GetValue<string>());
        });
        Assert.Equal(TestData.Key(winnerId), Assert.Single(rows));
    }

    [Fact]
    public async Task Ten_parallel_drafts_for_one_period_leave_one_plan()
    {
        var (start, end) = TestData.FreePlanPeriod();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => SendAsync(TestTokens.DemoEmployee, "draftDevelopmentPlan", "DraftDevelopmentPlanInput",
            "developmentPlan { id } errors { ... on InvalidInputError { field } }", new { periodStart = start, periodEnd = end })));

        var plans = await TestData.ListAsync<Guid>(api, """
            SELECT p.id FROM development_plans p JOIN employees e ON e.id = p.employee_id
            WHERE e.employee_number = @number AND p.period_start = @start::date
            """, ("number", DemoCity.DemoEmployeeNumber), ("start", start));
        var winner = Assert.Single(answers, a => a.Succeeded);
        Assert.All(answers.Where(a => !a.Succeeded), a =>
        {
            Assert.Equal("INVALID_INPUT", a.Code);
            Assert.Equal("periodStart", a.Payload!["errors"]![0]!["field"]!.GetValue<string>());
        });
        Assert.Equal(TestData.Key(winner.Payload!["developmentPlan"]!["id"]!.GetValue<string>()), Assert.Single(plans));
    }

    [Fact]
    public async Task The_database_itself_refuses_a_second_plan_over_the_same_period_but_not_a_withdrawn_one()
    {
        var (start, _) = TestData.FreePlanPeriod();
        const string Insert = """
            INSERT INTO development_plans (id, employee_id, period_start, period_end, status, created_at, updated_at)
            SELECT gen_random_uuid(), e.id, @start::date, @start::date + 200, @status, now(), now() FROM employees e WHERE e.employee_number = @number
            """;

        await TestData.ExecuteAsync(api, Insert, ("start", start), ("status", "Draft"), ("number", DemoCity.DemoEmployeeNumber));
        await TestData.ExecuteAsync(api, Insert, ("start", start), ("status", "Withdrawn"), ("number", DemoCity.DemoEmployeeNumber));
        var second = await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            TestData.ExecuteAsync(api, Insert, ("start", start), ("status", "Submitted"), ("number", DemoCity.DemoEmployeeNumber)));

        Assert.Equal(Npgsql.PostgresErrorCodes.ExclusionViolation, second.SqlState);
        Assert.Equal("ex_development_plans_period", second.ConstraintName);
    }

    [Fact]
    public async Task Ten_parallel_joins_of_one_team_leave_one_current_membership()
    {
        var unit = (await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("{ me { organisationUnit { id } } }"))["me"]!["organisationUnit"]!["id"]!.GetValue<string>();
        var team = await SendAsync(TestTokens.Admin, "formTeam", "FormTeamInput", "team { id }",
            new { name = new { sv = "Kapplöpningen" }, task = "Prova samtidighet", kind = "PROJECT", startsOn = "2026-01-01", unitIds = new[] { unit } });
        var teamId = team.Payload!["team"]!["id"]!.GetValue<string>();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => SendAsync(TestTokens.DemoEmployee, "joinTeam", "JoinTeamInput",
            "teamMembership { id } errors { ... on AlreadyMemberError { membershipId } }", new { teamId, role = "Medlem" })));
        var again = await SendAsync(TestTokens.DemoManager, "joinTeam", "JoinTeamInput", "teamMembership { id }",
            new { teamId, role = "Medlem", employeeId = (await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("{ me { id } }"))["me"]!["id"]!.GetValue<string>() });

        var rows = await TestData.ListAsync<Guid>(api, "SELECT id FROM team_memberships WHERE team_id = @team", ("team", TestData.Key(teamId)));
        var winner = Assert.Single(answers, a => a.Succeeded);
        Assert.All(answers.Where(a => !a.Succeeded), a => Assert.Equal("ALREADY_MEMBER", a.Code));
        Assert.Equal("ALREADY_MEMBER", again.Code);
        Assert.Equal(TestData.Key(winner.Payload!["teamMembership"]!["id"]!.GetValue<string>()), Assert.Single(rows));
    }

    [Fact]
    public async Task An_event_cancelled_during_twenty_approvals_tells_every_caller_the_truth()
    {
        var eventId = await TestData.NewEventAsync(api, 5);
        var people = await TestData.PeopleOfDemoManagerAsync(api, 20);
        Assert.Equal(20, people.Count);
        var enrolments = new List<string>();
        foreach (var person in people)
        {
            var requested = await SendAsync(TestTokens.User(person), "requestEnrolment", "RequestEnrolmentInput", "enrolment { id }", new { trainingEventId = eventId });
            enrolments.Add(requested.Payload!["enrolment"]!["id"]!.GetValue<string>());
        }

        // The approvals start first; HR's cancellation lands while they run.
        var approvals = enrolments.Select(enrolmentId => SendAsync(TestTokens.DemoManager, "approveEnrolment", "ApproveEnrolmentInput", "enrolment { id status }", new { enrolmentId })).ToList();
        await Task.Delay(30);
        var cancellation = await SendAsync(TestTokens.Admin, "cancelTrainingEvent", "CancelTrainingEventInput", "trainingEvent { status }", new { trainingEventId = eventId });
        var answers = await Task.WhenAll(approvals);

        Assert.True(cancellation.Succeeded, cancellation.Payload?.ToJsonString() ?? cancellation.TopLevelCode);
        Assert.DoesNotContain(answers, a => a.TopLevelCode is not null);
        for (var i = 0; i < enrolments.Count; i++)
        {
            var row = (await TestData.ListAsync<string[]>(api, """
                SELECT ARRAY[e.status, (e.decided_at IS NOT NULL)::text, coalesce((e.decided_at <= t.updated_at)::text, 'false')]
                FROM enrolments e JOIN training_events t ON t.id = e.training_event_id WHERE e.id = @id
                """, ("id", TestData.Key(enrolments[i]))))[0];
            var (status, decided, beforeCancellation) = (row[0], row[1] == "true", row[2] == "true");
            Assert.Equal("Cancelled", status);
            if (answers[i].Succeeded)
            {
                // "Approved" (or waitlisted) was true: the approval was saved, before the cancellation read the enrolments.
                Assert.Contains(answers[i].Payload!["enrolment"]!["status"]!.GetValue<string>(), new[] { "APPROVED", "WAITLISTED" });
                Assert.True(decided && beforeCancellation, $"Enrolment {i} was answered approved but its approval was not saved before the cancellation.");
            }
            else
            {
                // The cancellation came first: the approval was refused and saved nothing.
                Assert.Equal("INVALID_TRANSITION", answers[i].Code);
                Assert.False(decided);
            }
        }
    }

    [Fact]
    public async Task Two_concurrent_status_changes_of_one_activity_let_exactly_one_win()
    {
        var plan = (await TestData.ListAsync<Guid>(api, """
            SELECT p.id FROM development_plans p JOIN employees e ON e.id = p.employee_id
            WHERE e.employee_number = @number AND p.status IN ('Agreed', 'FollowedUp') ORDER BY p.id LIMIT 1
            """, ("number", DemoCity.DemoEmployeeNumber)))[0];
        var raced = 0;
        for (var attempt = 0; attempt < 60 && raced < 3; attempt++)
        {
            var activity = Guid.CreateVersion7();
            await TestData.ExecuteAsync(api, """
                INSERT INTO plan_activities (id, plan_id, kind, description, status, created_at, updated_at)
                VALUES (@id, @plan, 'SelfStudy', 'Läsa om samtidighet', 'Planned', now(), now())
                """, ("id", activity), ("plan", plan));
            var activityId = Kompetens.GraphQL.Data.Ids.GlobalId.Format("PlanActivity", activity);

            // The employee marks it done while the manager cancels it: both steps are allowed from Planned, not one after the other.
            var answers = await Task.WhenAll(
                SendAsync(TestTokens.DemoEmployee, "updatePlanActivityStatus", "UpdatePlanActivityStatusInput", "planActivity { status }", new { activityId, status = "DONE" }),
                SendAsync(TestTokens.DemoManager, "updatePlanActivityStatus", "UpdatePlanActivityStatusInput", "planActivity { status }", new { activityId, status = "CANCELLED" }));

            var winner = Assert.Single(answers, a => a.Succeeded);
            var loser = answers.Single(a => !a.Succeeded);
            Assert.Contains(loser.Code, new[] { "CONCURRENT_CHANGE", "INVALID_TRANSITION" });
            raced += loser.Code == "CONCURRENT_CHANGE" ? 1 : 0;
            var stored = (await TestData.ListAsync<string>(api, "SELECT status FROM plan_activities WHERE id = @id", ("id", activity)))[0];
            Assert.Equal(winner.Payload!["planActivity"]!["status"]!.GetValue<string>(), stored == "Done" ? "DONE" : stored == "Cancelled" ? "CANCELLED" : stored);
        }

        Assert.True(raced > 0, "The two requests never overlapped; the row version was not exercised.");
    }
}
