using Kompetens.Api.DemoData;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Querying;

/// <summary>The data conventions on the city's own lists, as integration clients use them.</summary>
public sealed class FilterAndSortTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Payroll_reads_the_active_employees_of_a_unit_sorted_by_name()
    {
        var data = await api.GraphQL().QueryAsync("""
            query($unit: String!) {
              employees(first: 100, where: { organisationUnit: { code: { eq: $unit } }, status: { eq: ACTIVE } }, order: [{ familyName: ASC }, { givenName: ASC }]) {
                totalCount
                nodes { familyName givenName status organisationUnit { code } }
              }
            }
            """, new { unit = DemoCity.DemoUnitCode });

        var nodes = data["employees"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.Equal(nodes.Count, data["employees"]!["totalCount"]!.GetValue<int>());
        Assert.All(nodes, n => Assert.Equal(DemoCity.DemoUnitCode, n!["organisationUnit"]!["code"]!.GetValue<string>()));
        Assert.All(nodes, n => Assert.Equal("ACTIVE", n!["status"]!.GetValue<string>()));
        var names = nodes.Select(n => (n!["familyName"]!.GetValue<string>(), n["givenName"]!.GetValue<string>())).ToList();
        Assert.Equal(names.OrderBy(n => n.Item1, StringComparer.Ordinal).ThenBy(n => n.Item2, StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Payroll_reads_what_changed_since_its_last_run()
    {
        var data = await api.GraphQL().QueryAsync("""
            { employees(first: 1000, where: { updatedAt: { gt: "2026-06-01T00:00:00Z" } }, order: [{ updatedAt: ASC }]) { nodes { updatedAt } } }
            """);

        var times = data["employees"]!["nodes"]!.AsArray().Select(n => DateTimeOffset.Parse(n!["updatedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(times, t => Assert.True(t > new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(times.Order(), times);
    }

    [Fact]
    public async Task Bi_finds_people_by_competence_level_through_a_list_filter()
    {
        var data = await api.GraphQL().QueryAsync("""
            { employees(first: 1000, where: { assessments: { some: { level: { gte: 5 }, assessor: { eq: MANAGER } } } }) {
                nodes { assessments(where: { level: { gte: 5 }, assessor: { eq: MANAGER } }) { level assessor } } } }
            """);

        var nodes = data["employees"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.NotEmpty(n!["assessments"]!.AsArray()));
    }

    [Fact]
    public async Task An_employees_assessments_newest_first()
    {
        var data = await api.GraphQL().QueryAsync("""
            query($number: String!) { employees(where: { employeeNumber: { eq: $number } }) { nodes {
              assessments(order: [{ assessedAt: DESC }]) { assessedAt competence { code } } } } }
            """, new { number = DemoCity.DemoEmployeeNumber });

        var times = data["employees"]!["nodes"]![0]!["assessments"]!.AsArray().Select(a => a!["assessedAt"]!.GetValue<string>()).ToList();
        Assert.True(times.Count > 1);
        Assert.Equal(times.OrderDescending(StringComparer.Ordinal), times);
    }

    [Theory]
    [InlineData("employees", "RÄSÄNEN", "rasanen")]
    [InlineData("competences", "PEDAGOGIK", "pedagogik")]
    public async Task Search_ignores_case_and_accents(string list, string upper, string plain)
    {
        var client = api.GraphQL();
        var query = $"query($s: String) {{ {list}(first: 100, search: $s) {{ totalCount }} }}";

        var a = (await client.QueryAsync(query, new { s = upper }))[list]!["totalCount"]!.GetValue<int>();
        var b = (await client.QueryAsync(query, new { s = plain }))[list]!["totalCount"]!.GetValue<int>();

        Assert.True(a > 0);
        Assert.Equal(a, b);
    }

    [Fact]
    public async Task Search_treats_wildcards_as_text()
    {
        var result = await api.GraphQL().QueryAsync("{ employees(search: \"%\") { totalCount } }");

        Assert.Equal(0, result["employees"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Localised_names_can_be_filtered_and_sorted_per_language()
    {
        var data = await api.GraphQL().QueryAsync("""
            { competences(first: 100, where: { name: { fi: { neq: null } }, dimension: { eq: VALUES_AND_ATTITUDES } }, order: [{ name: { fi: ASC } }]) {
                nodes { dimension name { fi } } } }
            """);

        var names = data["competences"]!["nodes"]!.AsArray().Select(n => n!["name"]!["fi"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(names);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Texts_follow_the_callers_language()
    {
        var client = api.GraphQL();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fi-FI, sv;q=0.5");

        var data = await client.QueryAsync("{ competences(first: 1, where: { name: { fi: { neq: null } } }) { nodes { name { fi text } } } }");

        var name = data["competences"]!["nodes"]![0]!["name"]!;
        Assert.Equal(name["fi"]!.GetValue<string>(), name["text"]!.GetValue<string>());
    }
}
