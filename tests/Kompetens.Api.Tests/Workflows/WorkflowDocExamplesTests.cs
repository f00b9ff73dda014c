using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kompetens.Api.Data;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Workflows;

/// <summary>
/// docs/workflows.md shows each workflow with GraphQL that runs as written against the demo city: every
/// <c>graphql</c> block after a <c>&lt;!-- run as … --&gt;</c> line (an employee number, or <c>hr</c> for HR's app token)
/// is sent, in the order of the document, with that person's own token, and must answer without errors — top-level
/// or in a mutation's payload. A block without the line is a shape, not an example (the conventions at the top).
/// </summary>
public sealed partial class WorkflowDocExamplesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [GeneratedRegex(@"<!-- run as (?<who>[A-Za-z0-9]+) -->\s*```graphql\n(?<query>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    [Fact]
    public async Task Every_example_in_the_workflows_doc_runs_as_written_against_the_demo_city()
    {
        var doc = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "docs", "workflows.md"));
        var examples = Example().Matches(doc);
        Assert.True(examples.Count >= 8, $"Only {examples.Count} runnable examples found in docs/workflows.md.");

        foreach (Match example in examples)
        {
            var who = example.Groups["who"].Value;
            var query = example.Groups["query"].Value;
            var client = api.GraphQL(who == "hr" ? TestTokens.Admin : TestTokens.User(await ObjectIdOfAsync(who)));

            var result = await client.PostAsync(query);

            Assert.True(result.Errors is null, $"As {who}:\n{query}\n{result.Errors?.ToJsonString()}");
            foreach (var (field, payload) in result.Data!.AsObject())
            {
                // A query's field may be a list; only a mutation payload (an object) carries domain errors.
                var errors = (payload as JsonObject)?["errors"];
                Assert.True(errors is null or JsonArray { Count: 0 }, $"As {who}, {field}:\n{query}\n{errors?.ToJsonString()}");
            }
        }
    }

    private async Task<Guid> ObjectIdOfAsync(string employeeNumber) =>
        (await TestData.ListAsync<Guid>(api, "SELECT entra_object_id FROM employees WHERE employee_number = @n", ("n", employeeNumber))).Single();
}
