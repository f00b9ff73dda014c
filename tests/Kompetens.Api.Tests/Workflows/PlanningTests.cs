using Kompetens.Api.Security;
using Kompetens.Api.Analytics;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Workflows;

public sealed class PlanningTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string PlanQuery = """
        query($u: ID!) { annualPersonnelPlan(year: 2026, organisationUnitId: $u) {
          year staffGroups { staffGroup employees assessed withAgreedPlan plannedParticipants plannedHours suppressed organisationUnit { code } }
          requirements { headcountNow headcountFuture organisationUnit { code } }
          plannedTrainingEvents { startsAt training { code } } } }
        """;

    private async Task<string> UnitAsync(string code) =>
        (await api.GraphQL().QueryAsync("query($c: String) { organisationUnits(where: { code: { eq: $c } }) { nodes { id } } }", new { c = code }))["organisationUnits"]!["nodes"]![0]!["id"]!.GetValue<string>();

    [Fact]
    public async Task The_annual_personnel_plan_gives_estimates_requirements_and_trainings_with_small_groups_suppressed()
    {
        var data = (await api.GraphQL(TestTokens.Analytics).QueryAsync(PlanQuery, new { u = await UnitAsync("BILD") }))["annualPersonnelPlan"]!;

        var groups = data["staffGroups"]!.AsArray();
        Assert.Equal(2026, data["year"]!.GetValue<int>());
        Assert.NotEmpty(groups);
        var small = groups.Where(g => g!["employees"]!.GetValue<int>() < SmallGroups.MinimumSize).ToList();
        Assert.NotEmpty(small);
        Assert.All(small, g =>
        {
            Assert.True(g!["suppressed"]!.GetValue<bool>());
            Assert.Null(g["assessed"]);
            Assert.Null(g["withAgreedPlan"]);
            Assert.Null(g["plannedParticipants"]);
        });
        Assert.Contains(groups, g => !g!["suppressed"]!.GetValue<bool>() && g["assessed"] is not null);
        Assert.NotEmpty(data["requirements"]!.AsArray());
        Assert.NotEmpty(data["plannedTrainingEvents"]!.AsArray());
    }

    [Fact]
    public async Task The_plan_lists_the_events_the_units_staff_hold_places_in_not_every_event_of_the_city()
    {
        var data = (await api.GraphQL(TestTokens.Analytics).QueryAsync(
            "query($u: ID!) { annualPersonnelPlan(year: 2026, organisationUnitId: $u) { plannedTrainingEvents { id } } }",
            new { u = await UnitAsync("BILD-GRU") }))["annualPersonnelPlan"]!;

        var expected = await TestData.ListAsync<Guid>(api, """
            WITH RECURSIVE sub AS (
                SELECT id FROM organisation_units WHERE code = 'BILD-GRU'
                UNION SELECT u.id FROM organisation_units u JOIN sub ON u.parent_id = sub.id)
            SELECT DISTINCT ev.id FROM training_events ev
            JOIN enrolments en ON en.training_event_id = ev.id AND en.status NOT IN ('Cancelled', 'NoShow')
            JOIN employments m ON m.employee_id = en.employee_id AND m.organisation_unit_id IN (SELECT id FROM sub)
                AND m.start_date <= least(current_date, DATE '2026-12-31') AND (m.end_date IS NULL OR m.end_date >= least(current_date, DATE '2026-12-31'))
            WHERE ev.status <> 'Cancelled' AND ev.starts_at >= TIMESTAMPTZ '2026-01-01Z' AND ev.starts_at < TIMESTAMPTZ '2027-01-01Z'
            """);
        var cityWide = await TestData.ListAsync<long>(api, "SELECT count(*) FROM training_events WHERE status <> 'Cancelled' AND starts_at >= TIMESTAMPTZ '2026-01-01Z' AND starts_at < TIMESTAMPTZ '2027-01-01Z'");
        var actual = data["plannedTrainingEvents"]!.AsArray().Select(e => TestData.Key(e!["id"]!.GetValue<string>())).ToList();

        Assert.NotEmpty(actual);
        Assert.True(actual.Count < cityWide.Single());
        Assert.Equal(expected.Order(), actual.Order());
    }

    [Fact]
    public async Task Only_the_units_managers_hr_and_bi_read_the_plan()
    {
        var unit = await UnitAsync("BILD");

        var manager = await api.GraphQL(TestTokens.DemoManager).PostAsync(PlanQuery, new { u = unit });
        var employee = await api.GraphQL(TestTokens.DemoEmployee).PostAsync(PlanQuery, new { u = unit });
        var payroll = await api.GraphQL(TestTokens.Payroll).PostAsync(PlanQuery, new { u = unit });
        var ownUnit = await api.GraphQL(TestTokens.DemoManager).PostAsync(PlanQuery, new { u = await UnitAsync("BILD-GRU") });

        Assert.Equal("AUTH_NOT_AUTHORIZED", manager.FirstErrorCode);
        Assert.Equal("AUTH_NOT_AUTHORIZED", employee.FirstErrorCode);
        Assert.Equal("AUTH_NOT_AUTHORIZED", payroll.FirstErrorCode);
        Assert.Null(ownUnit.Errors);
    }

    [Fact]
    public async Task Hr_adds_a_training_and_schedules_it_with_eu_funding()
    {
        var hr = api.GraphQL();
        var ids = await hr.QueryAsync("{ competences(first: 1, where: { status: { eq: ACTIVE } }) { nodes { id } } fundingSources(where: { kind: { eq: EU_ESF_PLUS } }) { nodes { id } } }");
        var training = (await hr.QueryAsync("""
            mutation($i: CreateTrainingInput!) { createTraining(input: $i) { training { id code competences { levelReached } } errors { __typename } } }
            """, new { i = new { code = "UTB-TEST", title = new { sv = "Testkurs", fi = "Testikurssi" }, provider = "Stadens utbildningscenter", hours = 8m, format = "ONLINE", competences = new[] { new { competenceId = ids["competences"]!["nodes"]![0]!["id"]!.GetValue<string>(), levelReached = 3 } } } }))["createTraining"]!;
        var scheduled = (await hr.QueryAsync("""
            mutation($i: ScheduleTrainingEventInput!) { scheduleTrainingEvent(input: $i) { trainingEvent { capacity fundingSource { kind } training { title { text(language: "fi") } } } errors { __typename } } }
            """, new { i = new { trainingId = training["training"]!["id"]!.GetValue<string>(), startsAt = "2027-03-01T08:00:00+02:00", endsAt = "2027-03-01T16:00:00+02:00", location = "Teams", capacity = 25, cost = 2000m, fundingSourceId = ids["fundingSources"]!["nodes"]![0]!["id"]!.GetValue<string>() } }))["scheduleTrainingEvent"]!;

        Assert.Equal(3, training["training"]!["competences"]![0]!["levelReached"]!.GetValue<int>());
        Assert.Equal(25, scheduled["trainingEvent"]!["capacity"]!.GetValue<int>());
        Assert.Equal("EU_ESF_PLUS", scheduled["trainingEvent"]!["fundingSource"]!["kind"]!.GetValue<string>());
        Assert.Equal("Testikurssi", scheduled["trainingEvent"]!["training"]!["title"]!["text"]!.GetValue<string>());
    }
}
