using System.Net.Http.Json;
using Kompetens.Api.Tests.Http;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Querying;

/// <summary>
/// The intranet widgets' operations committed under schema/operations/intranet/ (docs/intranet.md), run as the
/// widget runs them: by document id, with the signed-in employee's delegated token, each in a few SQL statements.
/// </summary>
public sealed class IntranetOperationsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    /// <summary>
    /// Each operation and the most SQL statements it may take, counting the ones that identify the caller (the
    /// employee and the units they manage) as well; docs/intranet.md lists them.
    /// </summary>
    public static TheoryData<string, string, int> Operations() => new()
    {
        { "MyPlan.graphql", "me", 5 },
        { "MyCompetences.graphql", "me", 5 },
        { "MyTrainings.graphql", "me", 5 },
        { "TrainingCatalogue.graphql", "trainings", 6 },
        { "TeamCatalogue.graphql", "teams", 4 },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_widget_operation_runs_by_id_for_the_employee_in_a_few_statements(string file, string root, int maxStatements)
    {
        var documentId = "sha256:" + PersistedOperationsTests.HashOfFile("intranet/" + file);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { documentId }) };
        request.Headers.Accept.ParseAdd(GraphQLClient.GraphQLResponse);
        var client = api.GraphQL(TestTokens.DemoEmployee);
        api.Sql.Clear();

        var result = await client.SendAsync(request);
        var statements = api.Sql.Statements;

        Assert.True(result.Errors is null, result.Errors?.ToJsonString());
        Assert.NotNull(result.Data![root]);
        Assert.True(statements.Count <= maxStatements, $"{file}: {statements.Count} statements\n" + string.Join("\n---\n", statements));
    }

    [Fact]
    public async Task My_plan_shows_the_employees_own_plan_with_its_goals()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { documentId = "sha256:" + PersistedOperationsTests.HashOfFile("intranet/MyPlan.graphql") }),
        };

        var me = (await api.GraphQL(TestTokens.DemoEmployee).SendAsync(request)).Data!["me"]!;

        Assert.NotEmpty(me["developmentPlans"]!.AsArray());
        Assert.All(me["developmentPlans"]!.AsArray(), plan => Assert.NotNull(plan!["goals"]));
    }
}
