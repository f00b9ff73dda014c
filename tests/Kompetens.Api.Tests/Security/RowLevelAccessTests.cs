using Kompetens.Api.DemoData;
using Kompetens.Api.Tests.Infrastructure;
using Kompetens.GraphQL.Data.Ids;
using Npgsql;

namespace Kompetens.Api.Tests.Security;

/// <summary>Lists, relations, filters and <c>node</c> reach only the rows the caller may see, decided in SQL.</summary>
public sealed class RowLevelAccessTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static IEnumerable<string> Values(System.Text.Json.Nodes.JsonNode? list, string field) =>
        list!.AsArray().Select(n => n![field]!.GetValue<string>());

    [Fact]
    public async Task An_employee_sees_only_themself()
    {
        var data = await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("{ employees(first: 100) { totalCount nodes { employeeNumber } } }");

        Assert.Equal(1, data["employees"]!["totalCount"]!.GetValue<int>());
        Assert.Equal([DemoCity.DemoEmployeeNumber], Values(data["employees"]!["nodes"], "employeeNumber"));
    }

    [Fact]
    public async Task Me_is_the_signed_in_employee_with_their_own_data()
    {
        var data = await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("""
            { me { employeeNumber assessments { employee { employeeNumber } } developmentPlans { employee { employeeNumber } goals { competence { code } } } } }
            """);

        var me = data["me"]!;
        Assert.Equal(DemoCity.DemoEmployeeNumber, me["employeeNumber"]!.GetValue<string>());
        Assert.NotEmpty(me["assessments"]!.AsArray());
        Assert.All(me["assessments"]!.AsArray(), a => Assert.Equal(DemoCity.DemoEmployeeNumber, a!["employee"]!["employeeNumber"]!.GetValue<string>()));
        Assert.NotEmpty(me["developmentPlans"]!.AsArray());
    }

    [Fact]
    public async Task A_manager_sees_the_people_of_the_units_they_manage_and_below()
    {
        var data = await api.GraphQL(TestTokens.DemoManager).QueryAsync("""
            { employees(first: 1000) { totalCount nodes { employeeNumber organisationUnit { code parent { code parent { code } } } } } }
            """);

        var nodes = data["employees"]!["nodes"]!.AsArray();
        Assert.True(nodes.Count > 10, $"only {nodes.Count}");
        Assert.Contains(DemoCity.DemoEmployeeNumber, Values(nodes, "employeeNumber"));
        Assert.All(nodes, n =>
        {
            var unit = n!["organisationUnit"]!;
            string?[] path = [unit["code"]?.GetValue<string>(), unit["parent"]?["code"]?.GetValue<string>(), unit["parent"]?["parent"]?["code"]?.GetValue<string>()];
            Assert.Contains(DemoCity.DemoUnitCode, path);
        });
        Assert.True(nodes.Count < 499);
    }

    [Fact]
    public async Task An_employee_cannot_probe_other_peoples_assessments_through_filters()
    {
        var client = api.GraphQL(TestTokens.DemoEmployee);

        var probe = await client.QueryAsync("{ employees(where: { assessments: { some: { level: { gte: 0 } } } }) { totalCount } competenceAssessments(first: 100, where: { level: { gte: 0 } }) { totalCount nodes { employee { employeeNumber } } } }");
        var everyone = await api.GraphQL().QueryAsync("{ competenceAssessments(where: { level: { gte: 0 } }) { totalCount } }");

        Assert.Equal(1, probe["employees"]!["totalCount"]!.GetValue<int>());
        Assert.All(probe["competenceAssessments"]!["nodes"]!.AsArray(), a => Assert.Equal(DemoCity.DemoEmployeeNumber, a!["employee"]!["employeeNumber"]!.GetValue<string>()));
        Assert.True(everyone["competenceAssessments"]!["totalCount"]!.GetValue<int>() > probe["competenceAssessments"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Node_does_not_return_other_peoples_records()
    {
        var otherAssessment = await IdOfAsync("competence_assessments", $"employee_id <> (SELECT id FROM employees WHERE employee_number = '{DemoCity.DemoEmployeeNumber}')");
        var otherEmployee = await IdOfAsync("employees", $"employee_number <> '{DemoCity.DemoEmployeeNumber}'");

        var data = await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("query($a: ID!, $e: ID!) { a: node(id: $a) { id } e: node(id: $e) { id } }",
            new { a = GlobalId.Format("CompetenceAssessment", otherAssessment), e = GlobalId.Format("Employee", otherEmployee) });

        Assert.Null(data["a"]);
        Assert.Null(data["e"]);
    }

    [Fact]
    public async Task Payroll_sees_all_master_data_but_no_personal_data_even_through_filters()
    {
        var payroll = await api.GraphQL(TestTokens.Payroll).QueryAsync("{ all: employees { totalCount } assessed: employees(where: { assessments: { any: true } }) { totalCount } }");
        var admin = await api.GraphQL().QueryAsync("{ assessed: employees(where: { assessments: { any: true } }) { totalCount } }");

        Assert.Equal(499, payroll["all"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, payroll["assessed"]!["totalCount"]!.GetValue<int>());
        Assert.True(admin["assessed"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Bi_sees_units_but_cannot_count_people_through_them()
    {
        var data = await api.GraphQL(TestTokens.Analytics).QueryAsync("{ all: organisationUnits { totalCount } staffed: organisationUnits(where: { employees: { any: true } }) { totalCount } }");

        Assert.True(data["all"]!["totalCount"]!.GetValue<int>() > 30);
        Assert.Equal(0, data["staffed"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_terminated_employee_is_no_longer_a_caller()
    {
        var (objectId, _) = await TerminatedAsync();

        var result = await api.GraphQL(TestTokens.User(objectId)).PostAsync("{ me { employeeNumber } }");

        Assert.Equal("AUTH_NOT_AUTHORIZED", result.FirstErrorCode);
    }

    [Fact]
    public async Task The_row_filter_is_part_of_the_sql()
    {
        api.Sql.Clear();

        await api.GraphQL(TestTokens.DemoManager).QueryAsync("{ employees(first: 5) { nodes { employeeNumber } } }");

        // The last statement is the page; the ones before it resolved the caller.
        var sql = api.Sql.Statements[^1];
        Assert.StartsWith("SELECT", sql);
        Assert.Contains("FROM employees", sql);
        Assert.Contains("organisation_unit_id", sql);
        Assert.Contains("ANY", sql);
    }

    private async Task<Guid> IdOfAsync(string table, string where)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT id FROM {table} WHERE {where} ORDER BY id LIMIT 1", connection);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private async Task<(Guid ObjectId, string Number)> TerminatedAsync()
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE employees SET entra_object_id = gen_random_uuid() WHERE id = (SELECT id FROM employees WHERE status = 'Terminated' ORDER BY id LIMIT 1) RETURNING entra_object_id, employee_number", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetGuid(0), reader.GetString(1));
    }
}
