using System.Text.Json.Nodes;
using GraphQL;
using Kompetens.GraphQL.Data.Errors;
using Kompetens.GraphQL.Data.Filtering;
using Kompetens.GraphQL.Data.Limits;
using Kompetens.GraphQL.Data.Sorting;
using Kompetens.GraphQL.Data.Tests.Infrastructure;
using Kompetens.GraphQL.Data.Tests.Model;

namespace Kompetens.GraphQL.Data.Tests;

/// <summary>
/// Huge or deep <c>where</c>/<c>order</c> values are refused with a code before any query expression is built —
/// a filter of thousands of conditions used to overflow the stack in EF Core's translation and end the process.
/// </summary>
public sealed class InputLimitsTests(GadgetDatabase db) : IClassFixture<GadgetDatabase>
{
    private const string GadgetsWhere = "query($where: GadgetFilterInput) { gadgets(first: 5, where: $where) { nodes { name } } }";
    private const string GadgetsOrder = "query($order: [GadgetSortInput!]) { gadgets(first: 5, order: $order) { nodes { name } } }";

    private GadgetType Gadgets => (GadgetType)db.Schema.AllTypes["Gadget"]!;

    private static string? Code(JsonObject result) => result["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    private async Task<JsonObject> RefusedAsync(string query, object variables, string code)
    {
        db.Sql.Clear();
        var result = await db.ExecuteAsync(query, variables);

        Assert.True(code == Code(result), result.ToJsonString()[..Math.Min(2000, result.ToJsonString().Length)]);
        Assert.Null(result["data"]); // refused in validation: nothing ran
        Assert.Empty(db.Sql.Statements);

        // And the process is still there to answer the next request.
        var next = await db.DataAsync("{ gadgets(first: 2, where: { or: [{ name: { eq: \"Bell\" } }, { name: { eq: \"Drum\" } }] }) { nodes { name } } }");
        Assert.Equal(2, next["gadgets"]!["nodes"]!.AsArray().Count);
        return result;
    }

    [Fact]
    public async Task An_or_list_of_12_500_items_in_variables_is_refused()
    {
        var where = new { or = Enumerable.Range(0, 12_500).Select(i => new { name = new { eq = $"gadget {i}" } }).ToArray() };

        var result = await RefusedAsync(GadgetsWhere, new { where }, DataErrorCodes.ListTooLong);

        Assert.Contains("20", result["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_and_list_inside_a_string_filter_is_bounded_too() =>
        await RefusedAsync(GadgetsWhere, new { where = new { name = new { and = Enumerable.Range(0, 21).Select(i => new { neq = $"x{i}" }).ToArray() } } }, DataErrorCodes.ListTooLong);

    [Fact]
    public async Task An_order_of_20_000_keys_is_refused() =>
        await RefusedAsync(GadgetsOrder, new { order = Enumerable.Range(0, 20_000).Select(i => i % 2 == 0 ? (object)new { name = "ASC" } : new { price = "DESC" }).ToArray() }, DataErrorCodes.SortTooManyKeys);

    [Fact]
    public async Task Sort_keys_are_counted_inside_the_items_too() =>
        await RefusedAsync(GadgetsOrder, new { order = new[] { new { name = "ASC", price = "ASC", stock = "ASC", rating = "ASC", weight = "ASC", serial = "ASC" }, new { name = "DESC", price = "DESC", stock = "DESC", rating = "DESC", weight = "DESC", serial = "DESC" } } }, DataErrorCodes.SortTooManyKeys);

    [Fact]
    public async Task An_in_list_longer_than_the_limit_is_refused() =>
        await RefusedAsync(GadgetsWhere, new { where = new { stock = new { nin = Enumerable.Range(0, 1001).ToArray() } } }, DataErrorCodes.ListTooLong);

    [Fact]
    public async Task An_in_list_of_a_thousand_values_is_answered()
    {
        var data = await db.DataAsync(GadgetsWhere, new { where = new { stock = new { @in = Enumerable.Range(0, 1000).ToArray() } } });

        Assert.Equal(5, data["gadgets"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_conditions_of_all_filters_in_a_request_count_together()
    {
        // 1 + 20 × 3 = 61 conditions: allowed alone, refused twice over (aliases) or with a nested list's filter.
        var where = new { and = Enumerable.Range(0, 20).Select(i => new { name = new { neq = $"x{i}", ncontains = "§" } }).ToArray() };
        Assert.NotNull(await db.DataAsync(GadgetsWhere, new { where }));

        await RefusedAsync(
            "query($where: GadgetFilterInput) { a: gadgets(where: $where) { nodes { name } } b: gadgets(where: $where) { nodes { name } } }",
            new { where },
            DataErrorCodes.FilterTooComplex);
        await RefusedAsync(
            "query($where: GadgetFilterInput, $parts: PartFilterInput) { gadgets(where: $where) { nodes { parts(where: $parts) { name } } } }",
            new { where, parts = new { and = Enumerable.Range(0, 20).Select(i => new { name = new { neq = $"x{i}" }, grams = new { gt = i } }).ToArray() } },
            DataErrorCodes.FilterTooComplex);
    }

    [Fact]
    public async Task Filters_nested_deeper_than_the_limit_are_refused()
    {
        object where = new { name = new { eq = "Bell" } };
        for (var i = 0; i < 10; i++)
        {
            where = new { and = new[] { where } };
        }

        await RefusedAsync(GadgetsWhere, new { where }, DataErrorCodes.FilterTooDeep);
    }

    [Fact]
    public async Task Literal_values_in_the_document_are_bounded_like_variables()
    {
        var or = string.Join(", ", Enumerable.Range(0, 500).Select(i => $"{{ serial: {{ eq: {i} }} }}"));

        await RefusedAsync($"{{ gadgets(where: {{ or: [{or}] }}) {{ nodes {{ name }} }} }}", new { }, DataErrorCodes.ListTooLong);
    }

    [Fact]
    public void A_filter_nested_100_000_levels_deep_is_measured_without_recursion()
    {
        var where = Nested(100_000, inner => new Dictionary<string, object?> { ["and"] = new List<object?> { inner } });

        var nodes = 0;
        var refusal = InputBounds.Filter(where, InputLimits.Default, ref nodes);
        var error = Assert.Throws<ExecutionError>(() => FilterExpressions.Build<Gadget>(Gadgets, where));

        Assert.Equal(DataErrorCodes.FilterTooDeep, refusal?.Code);
        Assert.Equal(DataErrorCodes.FilterTooDeep, error.Code);
    }

    [Fact]
    public void An_order_nested_100_000_levels_deep_is_measured_without_recursion()
    {
        var order = new List<object?> { Nested(100_000, inner => new Dictionary<string, object?> { ["maker"] = inner }) };

        var error = Assert.Throws<ExecutionError>(() => SortExpressions.Build<Gadget>(Gadgets, order, Gadgets.Key));

        Assert.Equal(DataErrorCodes.SortTooDeep, error.Code);
    }

    [Fact]
    public void Direct_callers_of_the_expression_builders_are_bounded_too()
    {
        var or = new Dictionary<string, object?> { ["or"] = Enumerable.Range(0, 12_500).Select(i => (object?)new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["eq"] = $"g{i}" } }).ToList() };
        var order = Enumerable.Range(0, 20_000).Select(_ => (object?)new Dictionary<string, object?> { ["name"] = SortDirection.Ascending }).ToList();

        Assert.Equal(DataErrorCodes.ListTooLong, Assert.Throws<ExecutionError>(() => FilterExpressions.Build<Gadget>(Gadgets, or)).Code);
        Assert.Equal(DataErrorCodes.SortTooManyKeys, Assert.Throws<ExecutionError>(() => SortExpressions.Build<Gadget>(Gadgets, order, Gadgets.Key)).Code);
    }

    [Fact]
    public void The_limits_are_options()
    {
        var generous = InputLimits.Default with { MaxConditionItems = 50, MaxFilterNodes = 500 };
        var or = new Dictionary<string, object?> { ["or"] = Enumerable.Range(0, 30).Select(i => (object?)new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["eq"] = $"g{i}" } }).ToList() };
        var nodes = 0;

        Assert.Equal(DataErrorCodes.ListTooLong, InputBounds.Filter(or, InputLimits.Default, ref nodes)?.Code);
        nodes = 0;
        Assert.Null(InputBounds.Filter(or, generous, ref nodes));
        Assert.Equal(61, nodes);
        Assert.NotNull(FilterExpressions.Build<Gadget>(Gadgets, or, generous));
    }

    private static Dictionary<string, object?> Nested(int depth, Func<Dictionary<string, object?>, Dictionary<string, object?>> wrap)
    {
        var value = new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["eq"] = "x" } };
        for (var i = 0; i < depth; i++)
        {
            value = wrap(value);
        }

        return value;
    }
}
