using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Querying;

public sealed class RelationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Relations_can_be_followed_both_ways()
    {
        var data = await api.GraphQL().QueryAsync("""
            {
              employees(first: 20) {
                nodes {
                  employeeNumber
                  organisationUnit { code employees { employeeNumber } parent { code children { code } } }
                }
              }
            }
            """);

        foreach (var employee in data["employees"]!["nodes"]!.AsArray())
        {
            var unit = employee!["organisationUnit"]!;
            Assert.Contains(employee["employeeNumber"]!.GetValue<string>(), unit["employees"]!.AsArray().Select(e => e!["employeeNumber"]!.GetValue<string>()));
            Assert.Contains(unit["code"]!.GetValue<string>(), unit["parent"]!["children"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task A_relation_costs_one_statement_per_level_however_many_parents()
    {
        const string query = """
            query($first: Int) {
              employees(first: $first) {
                nodes { employeeNumber organisationUnit { name { sv } } assessments(order: [{ assessedAt: DESC }]) { level competence { name { sv } } } }
              }
            }
            """;

        var few = await CountStatementsAsync(query, 5);
        var many = await CountStatementsAsync(query, 50);

        // The page joins its units; the assessments join their competences: two statements, whatever the page size.
        Assert.Equal(2, few);
        Assert.Equal(few, many);
    }

    [Fact]
    public async Task Total_count_runs_only_when_selected()
    {
        var without = await CountStatementsAsync("{ employees(first: 5) { nodes { employeeNumber } } }", null);
        var with = await CountStatementsAsync("{ employees(first: 5) { totalCount nodes { employeeNumber } } }", null);

        Assert.Equal(1, without);
        Assert.Equal(2, with);
    }

    private async Task<int> CountStatementsAsync(string query, int? first)
    {
        var client = api.GraphQL();
        api.Sql.Clear();
        await client.QueryAsync(query, new { first });
        return api.Sql.Statements.Count;
    }
}
