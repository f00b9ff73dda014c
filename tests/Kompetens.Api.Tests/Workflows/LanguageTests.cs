using System.Text.Json.Nodes;
using Kompetens.Api.Tests.Infrastructure;
using Kompetens.Api.Tests.Payroll;

namespace Kompetens.Api.Tests.Workflows;

/// <summary>
/// Issue 13, bug 7: texts followed <c>Accept-Language</c> only. An employee's <c>preferredLanguage</c> is the default of
/// her own requests; apps follow <c>Accept-Language</c>; the <c>language</c> argument overrides both. Units, teams,
/// campaigns and funding carry sv and fi names, and a training event says which language it is taught in.
/// </summary>
public sealed class LanguageTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Texts = """
        { me { organisationUnit { name { sv fi text } } }
          competences(first: 1, order: [{ code: ASC }]) { nodes { name { sv fi en text english: text(language: "en") } } } }
        """;

    [Fact]
    public async Task A_finnish_speaking_employee_reads_finnish_by_default_whatever_her_browser_sends()
    {
        var finn = await EmployeeWhoPrefersAsync("fi");

        foreach (var acceptLanguage in new string?[] { null, "sv-SE,sv;q=0.9,en;q=0.8" })
        {
            var data = await Client(TestTokens.User(finn), acceptLanguage).QueryAsync(Texts);

            var unit = data["me"]!["organisationUnit"]!["name"]!;
            Assert.Equal(unit["fi"]!.GetValue<string>(), unit["text"]!.GetValue<string>());
            Assert.NotEqual(unit["sv"]!.GetValue<string>(), unit["text"]!.GetValue<string>());
            var competence = data["competences"]!["nodes"]![0]!["name"]!;
            Assert.Equal(competence["fi"]!.GetValue<string>(), competence["text"]!.GetValue<string>());
            Assert.Equal(competence["en"]!.GetValue<string>(), competence["english"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_swedish_speaking_employee_reads_swedish_even_when_the_browser_asks_for_finnish()
    {
        var swede = await EmployeeWhoPrefersAsync("sv");

        var data = await Client(TestTokens.User(swede), "fi").QueryAsync(Texts);

        var unit = data["me"]!["organisationUnit"]!["name"]!;
        Assert.Equal(unit["sv"]!.GetValue<string>(), unit["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, "sv")]
    [InlineData("fi-FI,fi;q=0.9", "fi")]
    [InlineData("de-DE,en;q=0.5", "en")]
    public async Task An_app_reads_the_language_of_its_accept_language_header(string? acceptLanguage, string expected)
    {
        var data = await Client(TestTokens.Admin, acceptLanguage).QueryAsync("""
            { organisationUnits(first: 1, where: { code: { eq: "STAD" } }) { nodes { name { sv fi en text } } } }
            """);

        var name = data["organisationUnits"]!["nodes"]![0]!["name"]!;
        Assert.Equal((name[expected] ?? name["sv"])!.GetValue<string>(), name["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Units_and_teams_have_finnish_names_in_the_demo_city()
    {
        var data = await api.GraphQL().QueryAsync("""
            { organisationUnits(first: 100) { nodes { code name { fi } } }
              teams(first: 20) { nodes { name { sv fi } } } }
            """);

        Assert.All(data["organisationUnits"]!["nodes"]!.AsArray(), u => Assert.False(string.IsNullOrEmpty(u!["name"]!["fi"]?.GetValue<string>()), u.ToJsonString()));
        Assert.All(data["teams"]!["nodes"]!.AsArray(), t => Assert.NotEqual(t!["name"]!["sv"]!.GetValue<string>(), t["name"]!["fi"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Payroll_sends_unit_names_in_swedish_finnish_and_english()
    {
        var payroll = api.GraphQL(TestTokens.Payroll);
        var unit = PayrollBatches.Unit("LANG-01", "STAD", "DEPARTMENT", name: "Språkenheten");
        unit["nameFi"] = "Kieliyksikkö";
        unit["nameEn"] = "Language unit";

        var run = await payroll.SyncUnitsAsync("language-units", "DELTA", [unit]);

        Assert.Equal(1, run.Count("created"));
        var data = await Client(TestTokens.Admin, "fi").QueryAsync("""{ organisationUnits(first: 1, where: { code: { eq: "LANG-01" } }) { nodes { name { sv fi en text } } } }""");
        var name = data["organisationUnits"]!["nodes"]![0]!["name"]!;
        Assert.Equal(("Språkenheten", "Kieliyksikkö", "Language unit", "Kieliyksikkö"),
            (name["sv"]!.GetValue<string>(), name["fi"]!.GetValue<string>(), name["en"]!.GetValue<string>(), name["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_employee_finds_training_events_taught_in_finnish()
    {
        var data = await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("""
            { trainingEvents(first: 50, where: { language: { eq: "fi" } }) { nodes { language training { code } } } }
            """);

        var events = data["trainingEvents"]!["nodes"]!.AsArray();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("fi", e!["language"]!.GetValue<string>()));
        Assert.Contains(events, e => e!["training"]!["code"]!.GetValue<string>() == "TR-FINSKA");
    }

    [Fact]
    public async Task Hr_schedules_an_event_in_finnish_and_an_unknown_language_is_refused()
    {
        var hr = api.GraphQL();
        var training = (await hr.QueryAsync("{ trainings(first: 1, order: [{ code: ASC }]) { nodes { id } } }"))["trainings"]!["nodes"]![0]!["id"]!.GetValue<string>();
        object Event(string language) => new
        {
            trainingId = training, startsAt = DateTimeOffset.UtcNow.AddDays(40), endsAt = DateTimeOffset.UtcNow.AddDays(41),
            location = "Kaupungintalo", language, capacity = 12, cost = 900m,
        };

        var finnish = await hr.MutateAsync("scheduleTrainingEvent", "ScheduleTrainingEventInput", "trainingEvent { language }", Event("fi"));
        var german = await hr.MutateAsync("scheduleTrainingEvent", "ScheduleTrainingEventInput", "trainingEvent { language } errors { __typename ... on Error { code } ... on InvalidInputError { field } }", Event("de"));

        Assert.Equal("fi", finnish["trainingEvent"]!["language"]!.GetValue<string>());
        Assert.Null(german["trainingEvent"]);
        Assert.Equal("INVALID_INPUT", german["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("language", german["errors"]![0]!["field"]!.GetValue<string>());
    }

    private GraphQLClient Client(string token, string? acceptLanguage)
    {
        var client = api.GraphQL(token);
        if (acceptLanguage is not null)
        {
            client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return client;
    }

    /// <summary>An active employee who is no manager, preferring <paramref name="language"/>, in a unit whose sv and fi names differ.</summary>
    private async Task<Guid> EmployeeWhoPrefersAsync(string language) => (await TestData.ListAsync<Guid>(api, """
        SELECT e.entra_object_id FROM employees e JOIN organisation_units u ON u.id = e.organisation_unit_id
        WHERE e.preferred_language = @language AND e.status = 'Active' AND e.entra_object_id IS NOT NULL
          AND u.name_fi IS NOT NULL AND u.name_fi <> u.name_sv
          AND NOT EXISTS (SELECT 1 FROM organisation_units m WHERE m.manager_id = e.id)
        ORDER BY e.employee_number LIMIT 1
        """, ("language", language))).Single();
}
