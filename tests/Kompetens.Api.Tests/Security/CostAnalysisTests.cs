using Kompetens.Api.Data;
using System.Net;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Security;

/// <summary>
/// graphql-js's standard introspection query, in each of its variants (committed under Security/Fixtures, made
/// with <c>getIntrospectionQuery</c> of graphql 16.15.0), is priced as introspection, not as data, and passes.
/// </summary>
public sealed class IntrospectionQueryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    public static TheoryData<string> Variants() => ["introspection-default.graphql", "introspection-no-descriptions.graphql", "introspection-all-options.graphql"];

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "tests", "Kompetens.Api.Tests", "Security", "Fixtures", name));

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task The_standard_introspection_query_passes(string variant)
    {
        var data = await api.GraphQL(TestTokens.DemoEmployee).QueryAsync(Fixture(variant));

        var schema = data["__schema"]!;
        Assert.Equal("Query", schema["queryType"]!["name"]!.GetValue<string>());
        Assert.Contains(schema["types"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "Employee");
        Assert.Contains(schema["directives"]!.AsArray(), d => d!["name"]!.GetValue<string>() == "deprecated");
    }

    [Fact]
    public async Task The_newer_introspection_fields_answer()
    {
        var data = await api.GraphQL().QueryAsync("""
            { __schema { directives { name isRepeatable args(includeDeprecated: true) { name isDeprecated } } }
              __type(name: "Employee") { specifiedByURL fields(includeDeprecated: true) { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }
            """);

        Assert.False(data["__schema"]!["directives"]!.AsArray().First(d => d!["name"]!.GetValue<string>() == "include")!["isRepeatable"]!.GetValue<bool>());
        Assert.Null(data["__type"]!["specifiedByURL"]);
        Assert.NotEmpty(data["__type"]!["fields"]!.AsArray());
    }

    [Theory]
    [InlineData("{ __schema { types { fields { type { fields { name } } } } } }")]
    [InlineData("{ __schema { types { possibleTypes { possibleTypes { name } } } } }")]
    [InlineData("{ __type(name: \"Employee\") { fields { type { interfaces { possibleTypes { fields { type { fields { name } } } } } } } } }")]
    public async Task Introspection_that_walks_the_schema_in_circles_is_refused(string query)
    {
        var result = await api.GraphQL().PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("MAX_INTROSPECTION_DEPTH", result.FirstErrorCode);
    }
}

/// <summary>Filters are priced as HotChocolate prices them: 10 for <c>where</c>, 10 an operation, 20 a text scan; literals and variables alike.</summary>
public sealed class FilterCostTests(FilterCostTests.Factory api) : IClassFixture<FilterCostTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["GraphQL:MaxComplexity"] = "1000" };
    }

    private static string Conditions(int count, string operation) =>
        string.Join(", ", Enumerable.Range(0, count).Select(i => $"{{ code: {{ {operation}: \"c{i}\" }} }}"));

    private static object[] ConditionValues(int count, string operation) =>
        [.. Enumerable.Range(0, count).Select(i => new Dictionary<string, object> { ["code"] = new Dictionary<string, string> { [operation] = "c" + i } })];

    [Fact]
    public async Task A_small_filter_fits_the_budget()
    {
        var data = await api.GraphQL().QueryAsync("{ competences(first: 10, where: { or: [" + Conditions(20, "eq") + "] }) { totalCount } }");

        Assert.Equal(0, data["competences"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("eq", 100)]
    [InlineData("contains", 50)]
    public async Task A_large_literal_filter_costs_more_than_the_budget(string operation, int count)
    {
        // 10 (where) + 10 (or) + count × 10 (eq) or × 20 (contains) > 1000.
        var result = await api.GraphQL().PostAsync("{ competences(first: 10, where: { or: [" + Conditions(count, operation) + "] }) { totalCount } }");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("COMPLEXITY", result.FirstErrorCode);
    }

    [Fact]
    public async Task The_same_filter_in_a_variable_costs_the_same()
    {
        const string query = "query($where: CompetenceFilterInput) { competences(first: 10, where: $where) { totalCount } }";

        var small = await api.GraphQL().PostAsync(query, new { where = new { or = ConditionValues(20, "eq") } });
        var large = await api.GraphQL().PostAsync(query, new { where = new { or = ConditionValues(100, "eq") } });

        Assert.Null(small.Errors);
        Assert.Equal("COMPLEXITY", large.FirstErrorCode);
    }
}
