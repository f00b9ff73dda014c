using System.Net;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Security;

/// <summary>
/// Issue 9, item 1: a signed-in employee could end the process with one request — an <c>or</c> of 12,500 conditions
/// or an <c>order</c> of 20,000 keys in the variables overflowed the stack in EF Core's translation. Now they are
/// refused with a code before anything runs, and the service goes on answering.
/// </summary>
public sealed class InputBoundsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private async Task RefusedThenStillAnsweringAsync(string query, object variables, string code)
    {
        var client = api.GraphQL(TestTokens.DemoEmployee);

        var refused = await client.PostAsync(query, variables);
        var next = await client.QueryAsync("{ competences(first: 2, order: [{ code: ASC }]) { nodes { code } } }");

        Assert.True(code == refused.FirstErrorCode, refused.Body?.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Null(refused.Data);
        Assert.Equal(2, next["competences"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_or_of_12_500_conditions_in_the_variables_is_refused()
    {
        var where = new { or = Enumerable.Range(0, 12_500).Select(i => new { code = new { eq = $"C{i:D5}" } }).ToArray() };

        await RefusedThenStillAnsweringAsync("query($where: CompetenceFilterInput) { competences(where: $where) { totalCount } }", new { where }, "LIST_TOO_LONG");
    }

    [Fact]
    public async Task An_and_of_12_500_conditions_in_the_variables_is_refused()
    {
        var where = new { and = Enumerable.Range(0, 12_500).Select(i => new { code = new { neq = $"C{i:D5}" } }).ToArray() };

        await RefusedThenStillAnsweringAsync("query($where: CompetenceFilterInput) { competences(where: $where) { totalCount } }", new { where }, "LIST_TOO_LONG");
    }

    [Fact]
    public async Task An_order_of_20_000_keys_is_refused()
    {
        var order = Enumerable.Range(0, 20_000).Select(i => new { code = i % 2 == 0 ? "ASC" : "DESC" }).ToArray();

        await RefusedThenStillAnsweringAsync("query($order: [CompetenceSortInput!]) { competences(order: $order) { nodes { code } } }", new { order }, "SORT_TOO_MANY_KEYS");
    }

    [Fact]
    public async Task Many_small_filters_in_one_request_count_together()
    {
        // Each filter alone is allowed (61 conditions); the request's filters together pass the limit of 100.
        var where = new { and = Enumerable.Range(0, 20).Select(i => new { code = new { neq = $"X{i}", ncontains = "§" } }).ToArray() };

        await RefusedThenStillAnsweringAsync(
            "query($where: CompetenceFilterInput) { a: competences(where: $where) { totalCount } b: competences(where: $where) { totalCount } }",
            new { where },
            "FILTER_TOO_COMPLEX");
    }

    [Fact]
    public async Task A_deeply_nested_filter_is_refused()
    {
        object where = new { code = new { eq = "X" } };
        for (var i = 0; i < 12; i++)
        {
            where = new { or = new[] { where } };
        }

        await RefusedThenStillAnsweringAsync("query($where: CompetenceFilterInput) { competences(where: $where) { totalCount } }", new { where }, "FILTER_TOO_DEEP");
    }
}
