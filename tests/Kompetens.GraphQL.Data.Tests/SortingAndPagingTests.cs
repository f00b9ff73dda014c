using System.Text.Json.Nodes;
using Kompetens.GraphQL.Data.Tests.Infrastructure;
using Kompetens.GraphQL.Data.Tests.Model;

namespace Kompetens.GraphQL.Data.Tests;

public sealed class SortingAndPagingTests(GadgetDatabase db) : IClassFixture<GadgetDatabase>
{
    private static List<string> Names(JsonNode list, string items = "nodes") =>
        [.. list[items]!.AsArray().Select(n => n!["name"]!.GetValue<string>())];

    [Theory]
    [InlineData("[{ name: DESC }]", "Hammer,Gyro,Flute,Eagle kite,Drum,Clock,Bell,Anvil")]
    [InlineData("[{ kind: ASC }, { price: DESC }]", "Drum,Flute,Bell,Anvil,Clock,Hammer,Eagle kite,Gyro")]
    [InlineData("[{ rating: ASC }, { name: ASC }]", "Eagle kite,Drum,Bell,Hammer,Anvil,Flute,Clock,Gyro")]
    [InlineData("[{ rating: DESC }, { name: ASC }]", "Clock,Gyro,Anvil,Flute,Bell,Hammer,Drum,Eagle kite")]
    [InlineData("[{ maker: { name: DESC } }, { name: ASC }]", "Eagle kite,Bell,Drum,Flute,Anvil,Clock,Gyro,Hammer")]
    [InlineData("[{ maker: { name: ASC } }, { name: ASC }]", "Anvil,Clock,Gyro,Hammer,Bell,Drum,Flute,Eagle kite")]
    [InlineData("[{ label: { text: ASC } }, { name: DESC }]", "Gyro,Hammer,Anvil,Drum,Bell,Flute,Clock,Eagle kite")]
    [InlineData("[{ isActive: ASC }, { releasedOn: DESC }]", "Flute,Clock,Drum,Hammer,Bell,Anvil,Eagle kite,Gyro")]
    public async Task Sorts_by_several_keys_including_nested_ones(string order, string expected)
    {
        var data = await db.DataAsync($"{{ gadgets(first: 50, order: {order}) {{ nodes {{ name }} }} }}");

        Assert.Equal(expected, string.Join(",", Names(data["gadgets"]!)));
    }

    [Theory]
    [InlineData("[{ name: ASC }]")]
    [InlineData("[{ rating: DESC }, { name: ASC }]")]
    [InlineData("[{ rating: ASC }]")]
    [InlineData("[{ maker: { country: ASC } }, { price: DESC }]")]
    [InlineData("[{ nickname: DESC }]")]
    [InlineData("[{ maker: { name: DESC } }]")]
    [InlineData("[{ kind: ASC }, { name: DESC }]")]
    [InlineData("[{ kind: DESC }]")]
    [InlineData("[{ maker: { country: DESC } }]")]
    [InlineData("[{ isActive: DESC }, { rating: ASC }]")]
    public async Task Paging_forwards_and_backwards_agrees_with_the_whole_list(string order)
    {
        var whole = Names((await db.DataAsync($"{{ gadgets(first: 50, order: {order}) {{ nodes {{ name }} }} }}"))["gadgets"]!);

        var forwards = new List<string>();
        string? after = null;
        do
        {
            var page = (await db.DataAsync($"query($after: String) {{ gadgets(first: 3, after: $after, order: {order}) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ name }} }} }}", new { after }))["gadgets"]!;
            forwards.AddRange(Names(page));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        var backwards = new List<string>();
        string? before = null;
        do
        {
            var page = (await db.DataAsync($"query($before: String) {{ gadgets(last: 3, before: $before, order: {order}) {{ pageInfo {{ hasPreviousPage startCursor }} nodes {{ name }} }} }}", new { before }))["gadgets"]!;
            backwards.InsertRange(0, Names(page));
            before = page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() ? page["pageInfo"]!["startCursor"]!.GetValue<string>() : null;
        }
        while (before is not null);

        Assert.Equal(whole, forwards);
        Assert.Equal(whole, backwards);
    }

    [Fact]
    public async Task A_cursor_of_another_order_is_refused()
    {
        var cursor = (await db.DataAsync("{ gadgets(first: 1, order: [{ name: ASC }]) { pageInfo { endCursor } } }"))["gadgets"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var result = await db.ExecuteAsync("query($c: String) { gadgets(first: 1, after: $c, order: [{ price: ASC }]) { nodes { name } } }", new { c = cursor });

        Assert.Equal("HC0078", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cursors_are_url_safe()
    {
        var data = await db.DataAsync("{ gadgets(first: 8, order: [{ label: { text: DESC } }]) { edges { cursor } } }");

        Assert.All(data["gadgets"]!["edges"]!.AsArray(), e => Assert.Matches("^[A-Za-z0-9_-]+$", e!["cursor"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Page_size_limits_are_per_field_and_errors_name_the_limit()
    {
        var fine = await db.DataAsync("{ makers(first: 3) { nodes { name } } }");
        var defaulted = await db.DataAsync("{ makers { nodes { name } } }");
        var tooMany = await db.ExecuteAsync("{ makers(first: 4) { nodes { name } } }");

        Assert.Equal(3, fine["makers"]!["nodes"]!.AsArray().Count);
        Assert.Equal(2, defaulted["makers"]!["nodes"]!.AsArray().Count);
        Assert.Equal("HC0051", tooMany["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("between 0 and 3", tooMany["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Lists_sort_by_id_as_hotchocolate_allows()
    {
        var ascending = Names((await db.DataAsync("{ gadgets(first: 20, order: [{ id: ASC }]) { nodes { name } } }"))["gadgets"]!);
        var descending = Names((await db.DataAsync("{ gadgets(first: 20, order: [{ id: DESC }]) { nodes { name } } }"))["gadgets"]!);
        var byCreation = Names((await db.DataAsync("{ gadgets(first: 20) { nodes { name } } }"))["gadgets"]!);

        Assert.Equal(byCreation, ascending);
        Assert.Equal(Enumerable.Reverse(ascending), descending);
    }

    [Fact]
    public async Task A_list_that_requires_boundaries_refuses_a_request_without_first_or_last()
    {
        var missing = await db.ExecuteAsync("{ boundedGadgets { nodes { name } } }");
        var given = await db.DataAsync("{ boundedGadgets(last: 2) { nodes { name } } }");

        Assert.Equal("HC0052", missing["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("`first` or `last`", missing["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(2, given["boundedGadgets"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Negative_first_has_hotchocolates_min_items_code()
    {
        var result = await db.ExecuteAsync("{ makers(first: -1) { nodes { name } } }");

        Assert.Equal("HC0079", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("between 0 and 3", result["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Offset_paging_returns_segments_with_page_info_and_count()
    {
        var data = await db.DataAsync("""
            { gadgetPages(skip: 3, take: 3, order: [{ name: ASC }], where: { name: { neq: "Anvil" } }) {
                items { name } pageInfo { hasNextPage hasPreviousPage } totalCount } }
            """);
        var last = await db.DataAsync("{ gadgetPages(skip: 6, take: 3, order: [{ name: ASC }]) { items { name } pageInfo { hasNextPage hasPreviousPage } } }");

        Assert.Equal(["Eagle kite", "Flute", "Gyro"], Names(data["gadgetPages"]!, "items"));
        Assert.True(data["gadgetPages"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(data["gadgetPages"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(7, data["gadgetPages"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(["Gyro", "Hammer"], Names(last["gadgetPages"]!, "items"));
        Assert.False(last["gadgetPages"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Offset_segments_of_rows_a_resolver_computes_page_and_refuse_oversized_pages()
    {
        var middle = await db.DataAsync("{ serialNumbers(skip: 2, take: 3) { items { value } totalCount pageInfo { hasNextPage hasPreviousPage } } }");
        var last = await db.DataAsync("{ serialNumbers(skip: 8) { items { value } pageInfo { hasNextPage hasPreviousPage } } }");
        var oversized = await db.ExecuteAsync("{ serialNumbers(take: 5) { items { value } } }");

        Assert.Equal([3, 4, 5], middle["serialNumbers"]!["items"]!.AsArray().Select(i => i!["value"]!.GetValue<int>()));
        Assert.Equal(9, middle["serialNumbers"]!["totalCount"]!.GetValue<int>());
        Assert.True(middle["serialNumbers"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(middle["serialNumbers"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal([9], last["serialNumbers"]!["items"]!.AsArray().Select(i => i!["value"]!.GetValue<int>()));
        Assert.False(last["serialNumbers"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal("HC0051", oversized["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Offset_paging_refuses_negative_skip_and_oversized_take()
    {
        var negative = await db.ExecuteAsync("{ gadgetPages(skip: -1) { items { name } } }");
        var oversized = await db.ExecuteAsync("{ gadgetPages(take: 101) { items { name } } }");

        Assert.Equal("HC0079", negative["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("HC0051", oversized["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rows_inserted_between_pages_are_neither_repeated_nor_skipped()
    {
        var first = (await db.DataAsync("{ makers(first: 2, order: [{ name: ASC }]) { pageInfo { endCursor } nodes { name } } }"))["makers"]!;
        await using (var context = await db.Db())
        {
            context.Makers.AddRange(new Maker { Name = "Aardvark", Country = "DK" }, new Maker { Name = "Zeta", Country = "DK" });
            await context.SaveChangesAsync();
        }

        var second = (await db.DataAsync("query($after: String) { makers(first: 3, after: $after, order: [{ name: ASC }]) { nodes { name } } }",
            new { after = first["pageInfo"]!["endCursor"]!.GetValue<string>() }))["makers"]!;

        Assert.Equal(["Acme", "Lonely"], Names(first));
        Assert.Equal(["Nordic", "Zeta"], Names(second));
    }

    [Fact]
    public async Task Total_count_is_its_own_statement_and_only_when_selected()
    {
        db.Sql.Clear();
        await db.DataAsync("{ gadgets(first: 2) { nodes { name } } }");
        var without = db.Sql.Statements.Count;

        db.Sql.Clear();
        var data = await db.DataAsync("{ gadgets(first: 2, where: { kind: { eq: TOY } }) { totalCount nodes { name } } }");

        Assert.Equal(1, without);
        Assert.Equal(2, db.Sql.Statements.Count);
        Assert.Contains(db.Sql.Statements, s => s.Contains("count(*)", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, data["gadgets"]!["totalCount"]!.GetValue<int>());
    }
}
