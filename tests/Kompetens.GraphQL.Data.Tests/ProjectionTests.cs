using Kompetens.GraphQL.Data.Tests.Infrastructure;

namespace Kompetens.GraphQL.Data.Tests;

public sealed class ProjectionTests(GadgetDatabase db) : IClassFixture<GadgetDatabase>
{
    private string SingleStatement => Assert.Single(db.Sql.Statements).ReplaceLineEndings(" ");

    [Fact]
    public async Task Only_the_selected_columns_are_read()
    {
        db.Sql.Clear();

        await db.DataAsync("{ gadgets(first: 3) { nodes { name stock } } }");

        var sql = SingleStatement;
        Assert.Contains("g.name", sql);
        Assert.Contains("g.stock", sql);
        Assert.DoesNotContain("g.price", sql);
        Assert.DoesNotContain("g.secret", sql);
        Assert.DoesNotContain("g.nickname", sql);
    }

    [Fact]
    public async Task Fragments_aliases_and_skip_include_shape_the_selection()
    {
        db.Sql.Clear();

        await db.DataAsync("""
            query($withPrice: Boolean!) {
              gadgets(first: 3) { edges { node { ...Bits amount: price @include(if: $withPrice) rating @skip(if: true) } } }
            }
            fragment Bits on Gadget { name ... on Node { id } }
            """, new { withPrice = true });

        var sql = SingleStatement;
        Assert.Contains("g.name", sql);
        Assert.Contains("g.price", sql);
        Assert.DoesNotContain("g.rating", sql);
    }

    [Fact]
    public async Task To_one_relations_are_joined_into_the_same_statement()
    {
        db.Sql.Clear();

        var data = await db.DataAsync("{ gadgets(first: 10, where: { name: { in: [\"Bell\", \"Eagle kite\"] } }, order: [{ name: ASC }]) { nodes { name maker { name } } } }");

        var sql = SingleStatement;
        Assert.Contains("JOIN", sql);
        Assert.DoesNotContain("country", sql);
        Assert.Equal("Nordic", data["gadgets"]!["nodes"]![0]!["maker"]!["name"]!.GetValue<string>());
        Assert.Null(data["gadgets"]!["nodes"]![1]!["maker"]);
    }

    [Fact]
    public async Task To_many_relations_cost_one_statement_per_level_with_their_own_where_and_order()
    {
        db.Sql.Clear();

        var data = await db.DataAsync("""
            { gadgets(first: 10, order: [{ name: ASC }]) { nodes {
                name
                parts(where: { grams: { gte: 100 } }, order: [{ grams: DESC }]) { name grams gadget { name } }
            } } }
            """);

        Assert.Equal(2, db.Sql.Statements.Count);
        var nodes = data["gadgets"]!["nodes"]!.AsArray();
        Assert.Equal(["Base", "Horn"], nodes[0]!["parts"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal(["Shell", "Skin"], nodes[3]!["parts"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.Empty(nodes[1]!["parts"]!.AsArray());
        Assert.Equal("Drum", nodes[3]!["parts"]![0]!["gadget"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Statements_do_not_grow_with_the_number_of_parents()
    {
        const string query = "query($n: Int) { gadgets(first: $n) { nodes { name maker { name gadgets { name } } parts { name } } } }";
        db.Sql.Clear();
        await db.DataAsync(query, new { n = 2 });
        var few = db.Sql.Statements.Count;

        db.Sql.Clear();
        await db.DataAsync(query, new { n = 8 });

        Assert.Equal(3, few);
        Assert.Equal(few, db.Sql.Statements.Count);
    }

    [Fact]
    public async Task Node_and_references_from_it_are_batched()
    {
        var ids = (await db.DataAsync("{ gadgets(first: 5) { nodes { id } } }"))["gadgets"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToArray();
        db.Sql.Clear();

        var data = await db.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { ... on Gadget { name maker { name } } } }", new { ids });

        Assert.Equal(5, data["nodes"]!.AsArray().Count);
        Assert.All(data["nodes"]!.AsArray(), node => Assert.NotNull(node!["name"]));

        // The objects and their maker, selected columns only, in one statement.
        var sql = SingleStatement;
        Assert.Contains("JOIN", sql);
        Assert.Contains("m.name", sql);
        Assert.DoesNotContain("country", sql);
        Assert.DoesNotContain("g.price", sql);
        Assert.DoesNotContain("g.secret", sql);
    }

    [Fact]
    public async Task A_complex_value_reads_only_its_selected_columns()
    {
        db.Sql.Clear();

        var data = await db.DataAsync("{ gadgets(first: 3, order: [{ name: ASC }]) { nodes { label { text } } } }");

        var sql = SingleStatement;
        Assert.Contains("g.label_text", sql);
        Assert.DoesNotContain("g.label_color", sql);
        Assert.DoesNotContain("g.price", sql);
        Assert.DoesNotContain("g.secret", sql);
        Assert.Equal("Heavy", data["gadgets"]!["nodes"]![0]!["label"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_computed_member_of_a_complex_value_reads_what_it_requires()
    {
        db.Sql.Clear();

        var data = await db.DataAsync("{ gadgets(first: 1, order: [{ name: ASC }]) { nodes { label { shout } tag: label { color } } } }");

        var sql = SingleStatement;
        Assert.Contains("g.label_text", sql);
        Assert.Contains("g.label_color", sql);
        Assert.DoesNotContain("g.secret", sql);
        Assert.Equal("HEAVY", data["gadgets"]!["nodes"]![0]!["label"]!["shout"]!.GetValue<string>());
        Assert.Equal("black", data["gadgets"]!["nodes"]![0]!["tag"]!["color"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_optional_complex_value_is_projected_and_null_when_absent()
    {
        db.Sql.Clear();

        var data = await db.DataAsync("{ gadgets(first: 10, where: { kind: { neq: INSTRUMENT } }, order: [{ name: ASC }]) { nodes { name sticker { color } } } }");

        var sql = SingleStatement;
        Assert.Contains("g.sticker_color", sql);
        Assert.DoesNotContain("g.secret", sql);
        Assert.DoesNotContain("g.label_", sql);
        var nodes = data["gadgets"]!["nodes"]!.AsArray();
        Assert.Equal(["Anvil", "Clock", "Eagle kite", "Gyro", "Hammer"], nodes.Select(n => n!["name"]!.GetValue<string>()));
        Assert.Null(nodes[0]!["sticker"]);
        Assert.Equal("blue", nodes[2]!["sticker"]!["color"]!.GetValue<string>());
        Assert.NotNull(nodes[3]!["sticker"]);
        Assert.Null(nodes[3]!["sticker"]!["color"]);
    }

    [Fact]
    public async Task Node_reads_only_the_selected_columns()
    {
        var id = (await db.DataAsync("{ gadgets(first: 1, order: [{ name: ASC }]) { nodes { id } } }"))["gadgets"]!["nodes"]![0]!["id"]!.GetValue<string>();
        db.Sql.Clear();

        var data = await db.DataAsync("query($id: ID!) { node(id: $id) { id ... on Gadget { label { text } } } }", new { id });

        var sql = SingleStatement;
        Assert.Contains("g.label_text", sql);
        Assert.DoesNotContain("g.name", sql);
        Assert.DoesNotContain("g.secret", sql);
        Assert.DoesNotContain("g.label_color", sql);
        Assert.Equal(id, data["node"]!["id"]!.GetValue<string>());
        Assert.Equal("Heavy", data["node"]!["label"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_same_object_under_two_selections_has_what_each_selected()
    {
        var id = (await db.DataAsync("{ gadgets(first: 1, order: [{ name: ASC }]) { nodes { id } } }"))["gadgets"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var data = await db.DataAsync("query($id: ID!) { a: node(id: $id) { ... on Gadget { name } } b: node(id: $id) { ... on Gadget { price stock } } }", new { id });

        Assert.Equal("Anvil", data["a"]!["name"]!.GetValue<string>());
        Assert.Equal(99.50m, data["b"]!["price"]!.GetValue<decimal>());
        Assert.Equal(3, data["b"]!["stock"]!.GetValue<int>());
    }
}
