using System.Net.Http.Json;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Querying;

/// <summary>HotChocolate's <c>GraphQL-Cost: report</c> header and the <c>@cost</c>/<c>@listSize</c> directives in the schema.</summary>
public sealed class CostReportTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData(3, 5, 4)]
    [InlineData(6, 8, 7)]
    public async Task GraphQL_cost_report_returns_field_and_type_cost_in_extensions(int first, double fieldCost, double typeCost)
    {
        // fieldCost: competences 1 + nodes 1 + `first` × code; typeCost: the connection and its `first` competences.
        var result = await Send($"{{ competences(first: {first}) {{ nodes {{ code }} }} }}", report: true);

        Assert.True(result.Errors is null, result.Errors?.ToJsonString());
        var cost = result.Body!["extensions"]!["operationCost"]!;
        Assert.Equal(fieldCost, cost["fieldCost"]!.GetValue<double>());
        Assert.Equal(typeCost, cost["typeCost"]!.GetValue<double>());
    }

    [Fact]
    public async Task Filters_add_hotchocolates_weights_to_the_reported_cost()
    {
        var plain = await Send("{ competences(first: 3) { nodes { code } } }", report: true);
        var filtered = await Send("""{ competences(first: 3, where: { code: { eq: "X" }, name: { sv: { contains: "a" } } }) { nodes { code } } }""", report: true);

        // where: 10, eq: 10, contains: 20.
        Assert.Equal(40, filtered.Body!["extensions"]!["operationCost"]!["fieldCost"]!.GetValue<double>() - plain.Body!["extensions"]!["operationCost"]!["fieldCost"]!.GetValue<double>());
    }

    [Fact]
    public async Task Without_the_header_no_cost_is_reported()
    {
        var result = await Send("{ competences(first: 3) { nodes { code } } }", report: false);

        Assert.Null(result.Body!["extensions"]);
    }

    [Fact]
    public void The_schema_carries_hotchocolates_cost_directives()
    {
        var sdl = Kompetens.Api.Hosting.Commands.PrintSchema(api.Services);

        Assert.Contains("directive @cost(", sdl);
        Assert.Contains("directive @listSize(", sdl);
        Assert.Contains("""@listSize(assumedSize: 1000, slicingArguments: ["first", "last"], slicingArgumentDefaultValue: 10, sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false) @cost(weight: "10")""", sdl);
        Assert.Contains("""contains: String @cost(weight: "20")""", sdl);
        Assert.Contains("""eq: String @cost(weight: "10")""", sdl);
    }

    private async Task<GraphQLResult> Send(string query, bool report)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (report)
        {
            request.Headers.Add("GraphQL-Cost", "report");
        }

        return await api.GraphQL().SendAsync(request);
    }
}
