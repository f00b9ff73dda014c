using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Querying;

/// <summary>
/// Issue 8: the selection is the SELECT for localised texts, <c>node</c>, <c>me</c> and references too — each
/// statement reads the columns asked for (plus keys), never the whole row.
/// </summary>
public sealed class ProjectionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private async Task<string> OnlyStatementAsync(string query, object? variables = null, string? token = null)
    {
        api.Sql.Clear();
        await api.GraphQL(token).QueryAsync(query, variables);
        return string.Join("\n", api.Sql.Statements.Where(s => s.Contains("FROM competences", StringComparison.Ordinal) || s.Contains("FROM employees", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_localised_name_reads_only_the_language_asked_for()
    {
        var sql = await OnlyStatementAsync("{ competences(first: 5) { nodes { name { sv } } } }");

        Assert.Contains("name_sv", sql);
        Assert.DoesNotContain("name_fi", sql);
        Assert.DoesNotContain("description_", sql);
        Assert.DoesNotContain("esco_uri", sql);
    }

    [Fact]
    public async Task The_text_in_the_callers_language_reads_the_three_languages_and_nothing_else()
    {
        var sql = await OnlyStatementAsync("{ competences(first: 5) { nodes { description { text } } } }");

        Assert.Contains("description_sv", sql);
        Assert.Contains("description_en", sql);
        Assert.DoesNotContain("name_sv", sql);
        Assert.DoesNotContain("esco_uri", sql);
    }

    [Fact]
    public async Task Node_and_its_references_read_only_the_selected_columns()
    {
        var id = (await api.GraphQL().QueryAsync("{ competences(first: 1) { nodes { id } } }"))["competences"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var sql = await OnlyStatementAsync("query($id: ID!) { node(id: $id) { ... on Competence { code scale { code } } } }", new { id });

        Assert.Contains("code", sql);
        Assert.Contains("JOIN", sql);
        Assert.DoesNotContain("name_sv", sql);
        Assert.DoesNotContain("esco_uri", sql);
    }

    [Fact]
    public async Task Me_reads_only_the_selected_columns()
    {
        var sql = await OnlyStatementAsync("{ me { employeeNumber organisationUnit { code } } }", token: TestTokens.DemoEmployee);

        Assert.Contains("employee_number", sql);
        Assert.Contains("JOIN", sql);
        Assert.DoesNotContain("email", sql);
        Assert.DoesNotContain("given_name", sql);
        Assert.DoesNotContain("job_title", sql);
    }
}
