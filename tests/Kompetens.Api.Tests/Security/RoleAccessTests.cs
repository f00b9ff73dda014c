using Kompetens.Api.Security;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.Api.Tests.Security;

/// <summary>Who may use which root field: every root field, for every kind of caller.</summary>
public sealed class RoleAccessTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Admin = "admin", Payroll = "payroll", Analytics = "analytics", Employee = "employee", Manager = "manager", Stranger = "stranger";

    private static string Token(string caller) => caller switch
    {
        Admin => TestTokens.Admin,
        Payroll => TestTokens.Payroll,
        Analytics => TestTokens.Analytics,
        Employee => TestTokens.DemoEmployee,
        Manager => TestTokens.DemoManager,
        Stranger => TestTokens.User(Guid.NewGuid()),
        _ => throw new ArgumentOutOfRangeException(nameof(caller)),
    };

    public static TheoryData<string, string, bool> Matrix()
    {
        var rules = new (string Field, string Selection, string[] Allowed)[]
        {
            ("organisationUnits", "{ totalCount }", [Admin, Payroll, Analytics, Employee, Manager]),
            ("employees", "{ totalCount }", [Admin, Payroll, Employee, Manager]),
            ("syncRuns", "{ totalCount }", [Admin, Payroll]),
            ("competences", "{ totalCount }", [Admin, Analytics, Employee, Manager]),
            ("proficiencyScales", "{ totalCount }", [Admin, Analytics, Employee, Manager]),
            ("mappingCampaigns", "{ totalCount }", [Admin, Analytics, Employee, Manager]),
            ("competenceAssessments", "{ totalCount }", [Admin, Employee, Manager]),
            ("competenceRequirements", "{ totalCount }", [Admin, Analytics, Employee, Manager]),
            ("developmentPlans", "{ totalCount }", [Admin, Employee, Manager]),
            ("trainings", "{ totalCount }", [Admin, Analytics, Employee, Manager]),
            ("trainingEvents", "{ totalCount }", [Admin, Analytics, Employee, Manager]),
            ("enrolments", "{ totalCount }", [Admin, Employee, Manager]),
            ("teams", "{ totalCount }", [Admin, Analytics, Employee, Manager]),
            ("jobRotations", "{ totalCount }", [Admin, Employee, Manager]),
            ("knowledgeSharingActions", "{ totalCount }", [Admin, Employee, Manager]),
            ("improvementProposals", "{ totalCount }", [Admin, Employee, Manager]),
            // A unit's quality work names no person: BI reads it too.
            ("qualityWorkResults", "{ totalCount }", [Admin, Analytics, Employee, Manager]),
            ("strategyItems", "{ totalCount }", [Admin, Analytics, Employee, Manager]),
            ("fundingSources", "{ totalCount }", [Admin, Analytics, Employee, Manager]),
            ("auditEntries", "{ totalCount }", [Admin]),
            ("me", "{ employeeNumber }", [Employee, Manager]),
            ("node(id: \"RW1wbG95ZWU6AAAAAAAAAAAAAAAAAAAAAA\")", "{ id }", [Admin, Payroll, Analytics, Employee, Manager]),
            ("nodes(ids: [\"RW1wbG95ZWU6AAAAAAAAAAAAAAAAAAAAAA\"])", "{ id }", [Admin, Payroll, Analytics, Employee, Manager]),
            // The unit reports name the demo manager's own unit: another employee is refused the unit, payroll and BI the report.
            ("competenceGaps(organisationUnitId: $unit)", "{ gap }", [Admin, Manager]),
            ("strategyCoverage(organisationUnitId: $unit)", "{ employees }", [Admin, Manager]),
            ("annualPersonnelPlan(organisationUnitId: $unit, year: 2026)", "{ year }", [Admin, Analytics, Manager]),
            // The BI measures: HR and BI tools only; a manager's employee token is refused like any employee's.
            ("analytics", "{ planCoverage(year: 2026, take: 1) { totalCount } }", [Admin, Analytics]),
            ("competenceHolders(competenceId: $competence, minimumLevel: 1)", "{ level }", [Admin, Employee, Manager]),
        };
        var data = new TheoryData<string, string, bool>();
        foreach (var (field, selection, allowed) in rules)
        {
            foreach (var caller in new[] { Admin, Payroll, Analytics, Employee, Manager, Stranger })
            {
                data.Add($"{field} {selection}", caller, allowed.Contains(caller));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_root_field_is_open_to_exactly_its_callers(string field, string caller, bool allowed)
    {
        var ids = await api.GraphQL().QueryAsync("""{ organisationUnits(where: { code: { eq: "BILD-GRU" } }) { nodes { id } } competences(first: 1) { nodes { id } } }""");
        var variables = new { unit = ids["organisationUnits"]!["nodes"]![0]!["id"]!.GetValue<string>(), competence = ids["competences"]!["nodes"]![0]!["id"]!.GetValue<string>() };

        var declared = string.Join(", ", new[] { "unit", "competence" }.Where(name => field.Contains('$' + name)).Select(name => $"${name}: ID!"));

        var result = await api.GraphQL(Token(caller)).PostAsync(declared.Length == 0 ? $"{{ {field} }}" : $"query({declared}) {{ {field} }}", variables);

        if (allowed)
        {
            Assert.True(result.Errors is null, result.Body?.ToJsonString());
        }
        else if (result.Status == System.Net.HttpStatusCode.OK)
        {
            // Refused for the row asked for (another manager's unit): the same code, as a field error without data.
            Assert.Equal(AuthorizationRule.NotAuthorized, result.FirstErrorCode);
            Assert.Null(result.Data);
        }
        else
        {
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, result.Status);
            Assert.Equal(AuthorizationRule.NotAuthorized, result.FirstErrorCode);
            Assert.False(result.Body!.ContainsKey("data"));
        }
    }

    [Fact]
    public void The_matrix_lists_every_root_field_of_the_schema()
    {
        var schema = api.Services.GetRequiredService<global::GraphQL.Types.ISchema>();
        schema.Initialize();
        var listed = Matrix().Select(row => ((string)row[0]).Split('(', ' ')[0]).ToHashSet();

        Assert.Equal(schema.Query.Fields.Select(f => f.Name).Order(), listed.Order());
    }

    [Theory]
    [InlineData("{ employees(first: 1) { nodes { assessments { level } } } }", Payroll)]
    [InlineData("{ employees(first: 1) { nodes { developmentPlans { status } } } }", Payroll)]
    [InlineData("{ organisationUnits(first: 1) { nodes { employees { employeeNumber } } } }", Analytics)]
    [InlineData("{ organisationUnits(first: 1) { nodes { manager { employeeNumber } } } }", Analytics)]
    [InlineData("{ trainingEvents(first: 1) { nodes { enrolments { status } } } }", Analytics)]
    [InlineData("{ teams(first: 1) { nodes { members { role } } } }", Analytics)]
    [InlineData("{ fundingSources(first: 1) { nodes { planActivities { cost } } } }", Analytics)]
    [InlineData("{ node(id: \"x\") { ... on CompetenceAssessment { level } } }", Payroll)]
    public async Task Relations_into_personal_data_are_closed_to_callers_who_may_not_see_persons(string query, string caller)
    {
        var result = await api.GraphQL(Token(caller)).PostAsync(query);

        Assert.Equal(AuthorizationRule.NotAuthorized, result.FirstErrorCode);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task An_access_error_names_the_field_but_carries_no_data()
    {
        var result = await api.GraphQL(TestTokens.Analytics).PostAsync("{ competences(first: 1) { totalCount } employees(first: 1) { totalCount } }");

        Assert.Single(result.Errors!);
        Assert.Contains("Query.employees", result.Errors![0]!["message"]!.GetValue<string>());
        Assert.Null(result.Data);
    }
}
