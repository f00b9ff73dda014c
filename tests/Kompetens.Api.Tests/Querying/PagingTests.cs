using System.Text.Json.Nodes;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Querying;

public sealed class PagingTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Page = """
        query Page($first: Int, $after: String, $last: Int, $before: String) {
          employees(first: $first, after: $after, last: $last, before: $before) {
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { id employeeNumber } }
            nodes { employeeNumber }
          }
        }
        """;

    [Fact]
    public async Task Forward_paging_visits_every_employee_once()
    {
        var client = api.GraphQL();
        var total = (await client.QueryAsync("{ employees { totalCount } }"))["employees"]!["totalCount"]!.GetValue<int>();
        var seen = new List<string>();
        string? after = null;
        var hasNext = true;
        while (hasNext)
        {
            var connection = (await client.QueryAsync(Page, new { first = 100, after }))["employees"]!;
            seen.AddRange(connection["nodes"]!.AsArray().Select(n => n!["employeeNumber"]!.GetValue<string>()));
            hasNext = connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
            after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.True(total > 100);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task Backward_paging_returns_the_page_before_a_cursor_in_list_order()
    {
        var client = api.GraphQL();
        var first = (await client.QueryAsync(Page, new { first = 6 }))["employees"]!;
        var numbers = Numbers(first);
        var sixthCursor = first["edges"]![5]!["cursor"]!.GetValue<string>();

        var before = (await client.QueryAsync(Page, new { last = 3, before = sixthCursor }))["employees"]!;

        Assert.Equal(numbers[2..5], Numbers(before));
        Assert.True(before["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.True(before["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Default_page_size_is_ten_and_first_page_has_no_previous_page()
    {
        var connection = (await api.GraphQL().QueryAsync(Page))["employees"]!;

        Assert.Equal(10, connection["nodes"]!.AsArray().Count);
        Assert.False(connection["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.True(connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(connection["edges"]![0]!["cursor"]!.GetValue<string>(), connection["pageInfo"]!["startCursor"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_page_never_repeats_rows_when_rows_are_inserted_meanwhile()
    {
        var client = api.GraphQL();
        var firstPage = (await client.QueryAsync("{ fundingSources(first: 2) { pageInfo { endCursor } nodes { name { sv } } } }"))["fundingSources"]!;
        await using (var db = new Npgsql.NpgsqlConnection(api.ConnectionString))
        {
            await db.OpenAsync();
            await using var insert = new Npgsql.NpgsqlCommand(
                "INSERT INTO funding_sources (id, name_sv, kind, status, created_at, updated_at) VALUES (uuidv7_placeholder, 'Inserted meanwhile', 'OwnBudget', 'Investigating', now(), now())"
                    .Replace("uuidv7_placeholder", $"'{Guid.CreateVersion7()}'"), db);
            await insert.ExecuteNonQueryAsync();
        }

        var rest = (await client.QueryAsync("query($after: String) { fundingSources(first: 100, after: $after) { nodes { name { sv } } } }",
            new { after = firstPage["pageInfo"]!["endCursor"]!.GetValue<string>() }))["fundingSources"]!;
        var firstNames = firstPage["nodes"]!.AsArray().Select(n => n!["name"]!["sv"]!.GetValue<string>()).ToList();
        var restNames = rest["nodes"]!.AsArray().Select(n => n!["name"]!["sv"]!.GetValue<string>()).ToList();

        Assert.Empty(firstNames.Intersect(restNames));
        Assert.Equal("Inserted meanwhile", restNames[^1]);
    }

    [Theory]
    [InlineData(1001, "first", "HC0051")]
    [InlineData(-1, "first", "HC0079")]
    public async Task Page_sizes_outside_the_limit_are_errors_naming_the_limit_with_hotchocolates_codes(int first, string argument, string code)
    {
        var result = await api.GraphQL().PostAsync(Page, new { first });

        Assert.Equal(code, result.FirstErrorCode);
        Assert.Contains($"`{argument}` must be between 0 and 1000", result.Errors![0]!["message"]!.GetValue<string>());
        Assert.Null(result.Data!["employees"]);
    }

    [Fact]
    public async Task Lists_other_than_employees_allow_at_most_100_per_page()
    {
        var result = await api.GraphQL().PostAsync("{ competences(first: 101) { nodes { code } } }");

        Assert.Equal("HC0051", result.FirstErrorCode);
        Assert.Contains("between 0 and 100", result.Errors![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("WyJRdWVyeS5jb21wZXRlbmNlcyIsIjAxOTlkNWQ4LTAwMDAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMCJd")]
    public async Task Cursors_this_list_did_not_issue_are_refused(string cursor)
    {
        var result = await api.GraphQL().PostAsync(Page, new { first = 5, after = cursor });

        Assert.Equal("HC0078", result.FirstErrorCode);
    }

    [Fact]
    public async Task First_and_last_together_are_refused()
    {
        var result = await api.GraphQL().PostAsync(Page, new { first = 5, last = 5 });

        Assert.Equal("PAGING_ARGUMENTS_CONFLICT", result.FirstErrorCode);
    }

    private static List<string> Numbers(JsonNode connection) =>
        [.. connection["nodes"]!.AsArray().Select(n => n!["employeeNumber"]!.GetValue<string>())];
}
