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
        Assert.Equal(2, db.Sql.Statements.Count);
    }
}
