using System.Net;
using Kompetens.Api.Tests.Infrastructure;
using Kompetens.GraphQL.Data.Ids;

namespace Kompetens.Api.Tests.Security;

/// <summary>Every text argument and input field has a length limit, checked before anything reaches the database.</summary>
public sealed class StringLengthTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static string Text(int length) => new('x', length);

    private static void AssertTooLong(GraphQLResult result, string path)
    {
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("STRING_TOO_LONG", result.FirstErrorCode);
        Assert.Contains($"`{path}`", result.Errors![0]!["message"]!.GetValue<string>());
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task A_search_of_200_characters_runs()
    {
        var data = await api.GraphQL().QueryAsync("query($s: String) { competences(search: $s) { totalCount } }", new { s = Text(200) });

        Assert.Equal(0, data["competences"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_longer_search_is_refused_as_a_literal_and_as_a_variable()
    {
        // The reported attack: a 900 KB search kept PostgreSQL busy for 23 s per list.
        var literal = await api.GraphQL().PostAsync($"{{ competences(search: \"{Text(201)}\") {{ totalCount }} }}");
        var variable = await api.GraphQL().PostAsync("query($s: String) { competences(search: $s) { totalCount } }", new { s = Text(900_000) });
        var defaulted = await api.GraphQL().PostAsync($"query($s: String = \"{Text(300)}\") {{ competences(search: $s) {{ totalCount }} }}");

        AssertTooLong(literal, "search");
        AssertTooLong(variable, "search");
        AssertTooLong(defaulted, "search");
    }

    [Fact]
    public async Task Filter_texts_are_limited_to_the_column_length_wherever_they_are()
    {
        var literal = await api.GraphQL().PostAsync($"{{ employees(where: {{ givenName: {{ eq: \"{Text(401)}\" }} }}) {{ totalCount }} }}");
        var inList = await api.GraphQL().PostAsync("query($w: EmployeeFilterInput) { employees(where: $w) { totalCount } }",
            new { w = new { or = new object[] { new { givenName = new { eq = "Sara" } }, new { familyName = new { @in = new[] { "a", Text(401) } } } } } });
        var fits = await api.GraphQL().QueryAsync($"{{ employees(where: {{ givenName: {{ eq: \"{Text(400)}\" }} }}) {{ totalCount }} }}");

        AssertTooLong(literal, "where.givenName.eq");
        AssertTooLong(inList, "where.or[1].familyName.in[1]");
        Assert.Equal(0, fits["employees"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Mutation_inputs_take_their_column_length_from_the_input_class()
    {
        const string mutation = "mutation($input: RecordPlanFollowUpInput!) { recordPlanFollowUp(input: $input) { errors { __typename } } }";
        var plan = GlobalId.Format("DevelopmentPlan", Guid.NewGuid());

        var tooLong = await api.GraphQL().PostAsync(mutation, new { input = new { planId = plan, heldOn = "2026-01-15", notes = Text(8001) } });
        var fits = await api.GraphQL().PostAsync(mutation, new { input = new { planId = plan, heldOn = "2026-01-15", notes = Text(8000) } });

        AssertTooLong(tooLong, "input.notes");
        Assert.NotEqual("STRING_TOO_LONG", fits.FirstErrorCode);
        Assert.Equal(HttpStatusCode.OK, fits.Status);
    }

    [Fact]
    public async Task Texts_inside_a_nested_input_take_the_limit_of_the_field_holding_them()
    {
        const string mutation = "mutation($input: CreateCompetenceInput!) { createCompetence(input: $input) { errors { __typename } } }";
        object Input(int nameLength, int descriptionLength, int codeLength = 10) => new
        {
            input = new
            {
                code = Text(codeLength),
                name = new { sv = Text(nameLength) },
                description = new { sv = Text(descriptionLength) },
                dimension = "KNOWLEDGE",
                scaleId = GlobalId.Format("ProficiencyScale", Guid.NewGuid()),
            },
        };

        var longName = await api.GraphQL().PostAsync(mutation, Input(401, 10));
        var longDescription = await api.GraphQL().PostAsync(mutation, Input(10, 4001));
        var longCode = await api.GraphQL().PostAsync(mutation, Input(10, 10, codeLength: 41));
        var fits = await api.GraphQL().PostAsync(mutation, Input(400, 4000));

        AssertTooLong(longName, "input.name.sv");
        AssertTooLong(longDescription, "input.description.sv");
        AssertTooLong(longCode, "input.code");
        Assert.NotEqual("STRING_TOO_LONG", fits.FirstErrorCode);
    }
}
