using Kompetens.GraphQL.Data.Tests.Infrastructure;

namespace Kompetens.GraphQL.Data.Tests;

public sealed class FilteringTests(GadgetDatabase db) : IClassFixture<GadgetDatabase>
{
    private async Task<string> NamesAsync(string where, object? variables = null, string arguments = "", string declarations = "")
    {
        var data = await db.DataAsync($"query{declarations} {{ gadgets(first: 50, where: {where}, order: [{{ name: ASC }}]{arguments}) {{ nodes {{ name }} }} }}", variables);
        return string.Join(",", data["gadgets"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("{ name: { eq: \"Bell\" } }", "Bell")]
    [InlineData("{ name: { neq: \"Bell\" }, kind: { eq: INSTRUMENT } }", "Drum,Flute")]
    [InlineData("{ name: { contains: \"l\" } }", "Anvil,Bell,Clock,Eagle kite,Flute")]
    [InlineData("{ name: { contains: \"L\" } }", "")]
    [InlineData("{ name: { ncontains: \"e\" } }", "Anvil,Clock,Drum,Gyro")]
    [InlineData("{ name: { startsWith: \"F\" } }", "Flute")]
    [InlineData("{ name: { nstartsWith: \"A\" }, kind: { eq: TOOL } }", "Clock,Hammer")]
    [InlineData("{ name: { endsWith: \"er\" } }", "Hammer")]
    [InlineData("{ name: { nendsWith: \"e\" }, kind: { eq: INSTRUMENT } }", "Bell,Drum")]
    [InlineData("{ name: { in: [\"Bell\", \"Gyro\", \"Nothing\"] } }", "Bell,Gyro")]
    [InlineData("{ name: { nin: [\"Bell\", \"Gyro\"] }, kind: { eq: TOY } }", "Eagle kite")]
    [InlineData("{ name: { or: [{ eq: \"Bell\" }, { startsWith: \"Dr\" }] } }", "Bell,Drum")]
    [InlineData("{ name: { and: [{ contains: \"a\" }, { contains: \"m\" }] } }", "Hammer")]
    [InlineData("{ nickname: { eq: null } }", "Anvil,Drum,Flute,Hammer")]
    [InlineData("{ nickname: { neq: null } }", "Bell,Clock,Eagle kite,Gyro")]
    public async Task String_operations(string where, string expected) => Assert.Equal(expected, await NamesAsync(where));

    [Theory]
    [InlineData("{ stock: { eq: 10 } }", "Bell")]
    [InlineData("{ stock: { gt: 10 } }", "Gyro,Hammer")]
    [InlineData("{ stock: { gte: 10 } }", "Bell,Gyro,Hammer")]
    [InlineData("{ stock: { lt: 3 } }", "Clock,Drum")]
    [InlineData("{ stock: { lte: 3 } }", "Anvil,Clock,Drum")]
    [InlineData("{ stock: { ngt: 3 } }", "Anvil,Clock,Drum")]
    [InlineData("{ stock: { ngte: 4 } }", "Anvil,Clock,Drum")]
    [InlineData("{ stock: { nlt: 12 } }", "Gyro,Hammer")]
    [InlineData("{ stock: { nlte: 12 } }", "Gyro")]
    [InlineData("{ stock: { in: [0, 2, 99] } }", "Clock,Drum")]
    [InlineData("{ stock: { nin: [0, 2, 3, 4, 7, 10] } }", "Gyro,Hammer")]
    [InlineData("{ stock: { gt: 2, lt: 7 } }", "Anvil,Flute")]
    [InlineData("{ rating: { eq: null } }", "Clock,Gyro")]
    [InlineData("{ stock: { eq: null } }", "")]
    [InlineData("{ stock: { neq: null }, kind: { eq: TOY } }", "Eagle kite,Gyro")]
    [InlineData("{ stock: { in: [null, 0] } }", "Clock")]
    [InlineData("{ rating: { gte: 5 } }", "Anvil,Flute")]
    [InlineData("{ price: { gt: 45.25 } }", "Anvil,Drum,Flute")]
    [InlineData("{ price: { lte: 15 } }", "Bell,Gyro")]
    [InlineData("{ weight: { lt: 0.35 } }", "Eagle kite,Gyro")]
    [InlineData("{ serial: { gte: 1007 } }", "Gyro,Hammer")]
    public async Task Number_operations(string where, string expected) => Assert.Equal(expected, await NamesAsync(where));

    [Theory]
    [InlineData("{ releasedOn: { lt: \"2024-01-01\" } }", "Eagle kite,Gyro")]
    [InlineData("{ releasedOn: { eq: \"2025-06-01\" } }", "Clock")]
    [InlineData("{ updatedAt: { gte: \"2026-01-07T10:00:00Z\" } }", "Gyro,Hammer")]
    [InlineData("{ updatedAt: { lt: \"2026-01-02T12:00:01+02:00\" } }", "Anvil,Bell")]
    [InlineData("{ isActive: { eq: false } }", "Clock,Flute")]
    [InlineData("{ isActive: { neq: true } }", "Clock,Flute")]
    [InlineData("{ kind: { eq: TOY } }", "Eagle kite,Gyro")]
    [InlineData("{ kind: { neq: INSTRUMENT }, stock: { gt: 10 } }", "Gyro,Hammer")]
    [InlineData("{ kind: { in: [TOY, INSTRUMENT] }, rating: { gte: 4 } }", "Bell,Flute")]
    [InlineData("{ kind: { nin: [TOOL, INSTRUMENT] } }", "Eagle kite,Gyro")]
    public async Task Date_boolean_and_enum_operations(string where, string expected) => Assert.Equal(expected, await NamesAsync(where));

    [Fact]
    public async Task Uuid_operations_take_variables()
    {
        Assert.Equal("Anvil,Bell,Eagle kite,Gyro", await NamesAsync("{ batch: { eq: $batch } }", new { batch = Model.GadgetData.BatchA }, declarations: "($batch: UUID)"));
        Assert.Equal("Clock,Drum,Flute,Hammer", await NamesAsync("{ batch: { neq: $batch } }", new { batch = Model.GadgetData.BatchA }, declarations: "($batch: UUID)"));
    }

    [Fact]
    public async Task Id_filters_take_global_ids()
    {
        var id = (await db.DataAsync("{ gadgets(where: { name: { eq: \"Drum\" } }) { nodes { id } } }"))["gadgets"]!["nodes"]![0]!["id"]!.GetValue<string>();

        Assert.Equal("Drum", await NamesAsync("{ id: { eq: $id } }", new { id }, declarations: "($id: ID)"));
        Assert.Equal("Anvil,Bell,Clock,Eagle kite,Flute,Gyro,Hammer", await NamesAsync("{ id: { neq: $id } }", new { id }, declarations: "($id: ID)"));
    }

    [Fact]
    public async Task Id_filters_refuse_ids_of_other_types()
    {
        var makerId = (await db.DataAsync("{ makers { nodes { id } } }"))["makers"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var result = await db.ExecuteAsync("query($id: ID) { gadgets(where: { id: { eq: $id } }) { nodes { name } } }", new { id = makerId });

        Assert.Equal("ID_INVALID", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{ or: [{ name: { eq: \"Bell\" } }, { and: [{ kind: { eq: TOOL } }, { stock: { gt: 5 } }] }] }", "Bell,Hammer")]
    [InlineData("{ and: [{ kind: { eq: INSTRUMENT } }, { or: [{ stock: { eq: 10 } }, { rating: { lt: 4 } }] }] }", "Bell,Drum")]
    [InlineData("{ or: [] }", "Anvil,Bell,Clock,Drum,Eagle kite,Flute,Gyro,Hammer")]
    public async Task And_and_or_nest(string where, string expected) => Assert.Equal(expected, await NamesAsync(where));

    [Theory]
    [InlineData("{ label: { text: { eq: \"Loud\" } } }", "Bell,Drum")]
    [InlineData("{ label: { color: { eq: null } } }", "Clock,Gyro")]
    [InlineData("{ maker: { country: { eq: \"SE\" } } }", "Bell,Drum,Flute")]
    [InlineData("{ maker: { name: { startsWith: \"Ac\" } }, stock: { gt: 5 } }", "Gyro,Hammer")]
    public async Task Nested_objects_and_to_one_relations(string where, string expected) => Assert.Equal(expected, await NamesAsync(where));

    [Theory]
    [InlineData("{ parts: { some: { grams: { gt: 1000 } } } }", "Anvil,Drum")]
    [InlineData("{ parts: { all: { grams: { lt: 100 } } } }", "Bell,Clock,Eagle kite,Flute,Gyro")]
    [InlineData("{ parts: { none: { name: { startsWith: \"H\" } } }, kind: { eq: TOOL } }", "Clock")]
    [InlineData("{ parts: { any: false } }", "Clock,Flute")]
    [InlineData("{ parts: { any: true }, kind: { eq: TOY } }", "Eagle kite,Gyro")]
    public async Task List_filters_run_as_exists(string where, string expected)
    {
        db.Sql.Clear();

        Assert.Equal(expected, await NamesAsync(where));
        Assert.Contains("EXISTS", db.Sql.Statements.Single());
    }

    [Fact]
    public async Task Filters_on_relations_from_the_other_side()
    {
        var data = await db.DataAsync("{ makers(where: { gadgets: { some: { kind: { eq: TOY } } } }) { nodes { name } } }");

        Assert.Equal(["Acme"], data["makers"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Fields_the_schema_does_not_expose_cannot_be_filtered()
    {
        var result = await db.ExecuteAsync("{ gadgets(where: { secret: { eq: \"secret-Anvil\" } }) { nodes { name } } }");

        Assert.Null(result["data"]);
        Assert.Contains("secret", result["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Filter_values_are_sent_as_parameters_never_as_sql_text()
    {
        db.Sql.Clear();

        Assert.Equal("", await NamesAsync("{ name: { eq: \"x'; DROP TABLE gadgets; --\" } }"));
        Assert.DoesNotContain("DROP TABLE", db.Sql.Statements.Single());
        Assert.Equal(8, (await db.DataAsync("{ gadgets { totalCount } }"))["gadgets"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_filter_is_applied_in_sql_not_in_memory()
    {
        db.Sql.Clear();

        await NamesAsync("{ stock: { gt: 10 } }");

        Assert.Matches("WHERE .*stock.* > ", db.Sql.Statements.Single().ReplaceLineEndings(" "));
    }

    [Fact]
    public async Task Search_narrows_with_the_lists_own_search()
    {
        Assert.Equal("Drum", await NamesAsync("{ kind: { eq: INSTRUMENT } }", arguments: ", search: \"ru\""));
    }
}
