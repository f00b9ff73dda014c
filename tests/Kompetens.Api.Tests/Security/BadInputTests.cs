using System.Net;
using System.Net.Http.Json;
using System.Text;
using Kompetens.Api.Tests.Infrastructure;
using Kompetens.GraphQL.Data.Ids;

namespace Kompetens.Api.Tests.Security;

/// <summary>
/// Malformed, hostile and oversized requests: each gets a precise status and error code, and the server keeps
/// answering. (Requests use HR's token unless the case is about the caller.)
/// </summary>
public sealed class BadInputTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Json = "application/json";
    private const string GraphQLResponse = "application/graphql-response+json";

    public sealed record Case(string Name, HttpMethod Method, string Target, string? Body, string? ContentType, string Accept, HttpStatusCode Status, string? Code)
    {
        public override string ToString() => Name;
    }

    private static Case Post(string name, string body, HttpStatusCode status, string? code, string contentType = Json, string accept = GraphQLResponse) =>
        new(name, HttpMethod.Post, "/graphql", body, contentType, accept, status, code);

    private static Case Query(string name, string query, HttpStatusCode status, string? code, object? variables = null) =>
        Post(name, System.Text.Json.JsonSerializer.Serialize(new { query, variables }), status, code);

    private static Case Get(string name, string queryString, HttpStatusCode status, string? code) =>
        new(name, HttpMethod.Get, "/graphql?" + queryString, null, null, GraphQLResponse, status, code);

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    public static TheoryData<Case> Cases() =>
    [
        // The HTTP request itself
        Post("broken JSON", "{", HttpStatusCode.BadRequest, "REQUEST_INVALID_JSON"),
        Post("truncated JSON", """{"query": """, HttpStatusCode.BadRequest, "REQUEST_INVALID_JSON"),
        Post("empty body", "", HttpStatusCode.BadRequest, "REQUEST_INVALID_JSON"),
        Post("JSON array", "[1,2]", HttpStatusCode.BadRequest, "REQUEST_INVALID_PARAMETERS"),
        Post("JSON string", "\"{ __typename }\"", HttpStatusCode.BadRequest, "REQUEST_INVALID_PARAMETERS"),
        Post("JSON number", "42", HttpStatusCode.BadRequest, "REQUEST_INVALID_PARAMETERS"),
        Post("JSON null", "null", HttpStatusCode.BadRequest, "REQUEST_INVALID_PARAMETERS"),
        Post("no query", "{}", HttpStatusCode.BadRequest, "REQUEST_INVALID_PARAMETERS"),
        Post("query is a number", """{"query":1}""", HttpStatusCode.BadRequest, "REQUEST_INVALID_PARAMETERS"),
        Post("query is an object", """{"query":{"a":1}}""", HttpStatusCode.BadRequest, "REQUEST_INVALID_PARAMETERS"),
        Post("query is empty", """{"query":""}""", HttpStatusCode.BadRequest, "REQUEST_INVALID_PARAMETERS"),
        Post("query is blank", """{"query":"   "}""", HttpStatusCode.BadRequest, "REQUEST_INVALID_PARAMETERS"),
        Post("variables are a string", """{"query":"{ __typename }","variables":"{}"}""", HttpStatusCode.BadRequest, "REQUEST_INVALID_PARAMETERS"),
        Post("variables are an array", """{"query":"{ __typename }","variables":[]}""", HttpStatusCode.BadRequest, "REQUEST_INVALID_PARAMETERS"),
        Post("variables are a number", """{"query":"{ __typename }","variables":3}""", HttpStatusCode.BadRequest, "REQUEST_INVALID_PARAMETERS"),
        Post("operationName is a number", """{"query":"{ __typename }","operationName":1}""", HttpStatusCode.BadRequest, "REQUEST_INVALID_PARAMETERS"),
        Post("operationName is an object", """{"query":"{ __typename }","operationName":{}}""", HttpStatusCode.BadRequest, "REQUEST_INVALID_PARAMETERS"),
        Post("extensions are a string", """{"query":"{ __typename }","extensions":"x"}""", HttpStatusCode.BadRequest, "REQUEST_INVALID_PARAMETERS"),
        Post("text/plain body", """{"query":"{ __typename }"}""", HttpStatusCode.UnsupportedMediaType, "REQUEST_UNSUPPORTED_MEDIA_TYPE", contentType: "text/plain"),
        Post("form body", "query=%7B__typename%7D", HttpStatusCode.UnsupportedMediaType, "REQUEST_UNSUPPORTED_MEDIA_TYPE", contentType: "application/x-www-form-urlencoded"),
        Post("application/graphql body", "{ __typename }", HttpStatusCode.UnsupportedMediaType, "REQUEST_UNSUPPORTED_MEDIA_TYPE", contentType: "application/graphql"),
        Post("no content type", """{"query":"{ __typename }"}""", HttpStatusCode.UnsupportedMediaType, "REQUEST_UNSUPPORTED_MEDIA_TYPE", contentType: ""),
        Post("accepts only text", """{"query":"{ __typename }"}""", HttpStatusCode.NotAcceptable, "REQUEST_NOT_ACCEPTABLE", accept: "text/plain"),
        Post("accepts only images", """{"query":"{ __typename }"}""", HttpStatusCode.NotAcceptable, "REQUEST_NOT_ACCEPTABLE", accept: "image/png"),
        Get("GET without a query", "operationName=x", HttpStatusCode.BadRequest, "REQUEST_INVALID_PARAMETERS"),
        Get("GET with broken variables", "query=%7B__typename%7D&variables=%7Bnope", HttpStatusCode.BadRequest, "REQUEST_INVALID_PARAMETERS"),
        Get("mutation over GET", "query=mutation%7B__typename%7D", HttpStatusCode.MethodNotAllowed, "REQUEST_MUTATION_OVER_GET"),
        new("PUT", HttpMethod.Put, "/graphql", """{"query":"{ __typename }"}""", Json, GraphQLResponse, HttpStatusCode.MethodNotAllowed, null),

        // The document
        Query("syntax error", "{", HttpStatusCode.BadRequest, "SYNTAX_ERROR"),
        Query("missing argument value", "{ employees(first: ) { totalCount } }", HttpStatusCode.BadRequest, "SYNTAX_ERROR"),
        Query("unknown field", "{ salaries { amount } }", HttpStatusCode.BadRequest, "FIELDS_ON_CORRECT_TYPE"),
        Query("unknown argument", "{ employees(salary: 1) { totalCount } }", HttpStatusCode.BadRequest, "KNOWN_ARGUMENT_NAMES"),
        Query("wrong literal type", "{ employees(first: \"ten\") { totalCount } }", HttpStatusCode.BadRequest, "ARGUMENTS_OF_CORRECT_TYPE"),
        Query("wrong variable type", "query($n: Int) { employees(first: $n) { totalCount } }", HttpStatusCode.BadRequest, "INVALID_VALUE", new { n = "three" }),
        Query("missing required variable", "query($id: ID!) { node(id: $id) { id } }", HttpStatusCode.BadRequest, "INVALID_VALUE"),
        Query("undefined variable", "{ employees(first: $n) { totalCount } }", HttpStatusCode.BadRequest, "NO_UNDEFINED_VARIABLES"),
        Query("unused variable", "query($n: Int) { employees { totalCount } }", HttpStatusCode.BadRequest, "NO_UNUSED_VARIABLES"),
        Query("cyclic fragments", "{ employees { ...A } } fragment A on EmployeesConnection { ...B } fragment B on EmployeesConnection { ...A }", HttpStatusCode.BadRequest, "NO_FRAGMENT_CYCLES"),
        Query("unknown fragment", "{ employees { ...Missing } }", HttpStatusCode.BadRequest, "KNOWN_FRAGMENT_NAMES"),
        Query("two anonymous operations", "{ __typename } { __typename }", HttpStatusCode.BadRequest, "NO_OPERATION_NAME"),
        Query("in-list with a null byte", "{ employees(where: { givenName: { in: [\"a\", \"b\\u0000\"] } }) { totalCount } }", HttpStatusCode.OK, "FILTER_VALUE_INVALID"),
        Query("unknown mutation", "mutation { deleteEverything { ok } }", HttpStatusCode.BadRequest, "FIELDS_ON_CORRECT_TYPE"),
        Query("mutation without its input", "mutation { submitDevelopmentPlan { errors { __typename } } }", HttpStatusCode.BadRequest, "PROVIDED_NON_NULL_ARGUMENTS"),
        Query("subscription", "subscription { __typename }", HttpStatusCode.BadRequest, "OPERATION_TYPE_NOT_SUPPORTED"),
        Query("wrong uuid literal", "{ employees(where: { entraObjectId: { eq: \"not-a-uuid\" } }) { totalCount } }", HttpStatusCode.BadRequest, "ARGUMENTS_OF_CORRECT_TYPE"),
        Query("wrong date literal", "{ employees(where: { updatedAt: { gt: \"yesterday\" } }) { totalCount } }", HttpStatusCode.BadRequest, "ARGUMENTS_OF_CORRECT_TYPE"),
        Query("unknown enum value", "{ employees(where: { status: { eq: FIRED } }) { totalCount } }", HttpStatusCode.BadRequest, "ARGUMENTS_OF_CORRECT_TYPE"),
        Query("filter on a hidden column", "{ employees(where: { salary: { gt: 1 } }) { totalCount } }", HttpStatusCode.BadRequest, "ARGUMENTS_OF_CORRECT_TYPE"),

        // Limits
        Query("too deep", "{ employees { nodes { organisationUnit { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } } } } } } } }", HttpStatusCode.BadRequest, "COMPLEXITY"),
        Query("alias bomb", "{ " + string.Concat(Enumerable.Range(0, 60).Select(i => $"a{i}: employees {{ totalCount }} ")) + "}", HttpStatusCode.BadRequest, "MAX_ALIASES_EXCEEDED"),
        Query("fragment bomb", "{ employees(first: 1000) { ...F4 } } fragment F4 on EmployeesConnection { nodes { ...F3 } } fragment F3 on Employee { organisationUnit { employees { ...F2 } } } fragment F2 on Employee { organisationUnit { employees { ...F1 } } } fragment F1 on Employee { organisationUnit { employees { employeeNumber } } }", HttpStatusCode.BadRequest, "COMPLEXITY"),
        Query("document too long", "{ __typename " + Repeat("# padding comment line\n", 1000) + "}", HttpStatusCode.BadRequest, "REQUEST_DOCUMENT_TOO_LARGE"),
        Post("body too large", """{"query":"{ __typename }","variables":{"x":"PAD"}}""".Replace("PAD", new string('x', 1_100_000)), HttpStatusCode.RequestEntityTooLarge, "REQUEST_BODY_TOO_LARGE"),
        Post("huge variables array", """{"query":"query($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":[IDS]}}""".Replace("IDS", string.Join(",", Enumerable.Repeat("\"abcdefghij\"", 120_000))), HttpStatusCode.RequestEntityTooLarge, "REQUEST_BODY_TOO_LARGE"),
        Query("deeply nested filter", "{ employees(where: " + Repeat("{ and: [", 200) + "{ givenName: { eq: \"x\" } }" + Repeat("] }", 200) + ") { totalCount } }", HttpStatusCode.BadRequest, "REQUEST_DOCUMENT_TOO_DEEP"),

        // Values the conventions refuse
        Query("page too large", "{ employees(first: 5000) { totalCount } }", HttpStatusCode.OK, "HC0051"),
        Query("negative page", "{ competences(first: -1) { totalCount } }", HttpStatusCode.OK, "HC0079"),
        Query("first and last together", "{ competences(first: 1, last: 1) { totalCount } }", HttpStatusCode.OK, "PAGING_ARGUMENTS_CONFLICT"),
        Query("garbage cursor", "{ competences(after: \"%%%\") { totalCount } }", HttpStatusCode.OK, "HC0078"),
        Query("cursor of another list", "{ competences(after: \"WyJ4IiwiMDE5OWQ1ZDgtMDAwMC03MDAwLTgwMDAtMDAwMDAwMDAwMDAwIl0\") { totalCount } }", HttpStatusCode.OK, "HC0078"),
        Query("garbage id", "{ node(id: \"not an id\") { id } }", HttpStatusCode.OK, "ID_INVALID"),
        Query("id of an unknown type", "{ node(id: \"U2FsYXJ5OgAAAAAAAAAAAAAAAAAAAAA\") { id } }", HttpStatusCode.OK, "ID_INVALID"),
        Query("foreign id in an id filter", "{ employees(where: { id: { eq: \"" + GlobalId.Format("Competence", Guid.Empty) + "\" } }) { totalCount } }", HttpStatusCode.OK, "ID_INVALID"),
        Query("too many ids", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", HttpStatusCode.OK, "HC0076", new { ids = Enumerable.Range(0, 51).Select(_ => GlobalId.Format("Employee", Guid.NewGuid())) }),
        Query("wrong id type in a query argument", "{ competenceGaps(organisationUnitId: \"not-an-id\") { gap } }", HttpStatusCode.OK, "INVALID_INPUT"),
        Query("year out of range", "query($u: ID!) { annualPersonnelPlan(year: 0, organisationUnitId: $u) { year } }", HttpStatusCode.OK, "INVALID_INPUT", new { u = GlobalId.Format("OrganisationUnit", Guid.Empty) }),
        Query("filter on the row version", "{ developmentPlans(where: { version: { eq: 1 } }) { totalCount } }", HttpStatusCode.BadRequest, "ARGUMENTS_OF_CORRECT_TYPE"),
        Query("null byte in a filter", "{ employees(where: { givenName: { eq: \"a\\u0000b\" } }) { totalCount } }", HttpStatusCode.OK, "FILTER_VALUE_INVALID"),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_requests_get_a_precise_status_and_code_and_the_server_keeps_answering(Case @case)
    {
        var client = api.GraphQL();
        using var request = new HttpRequestMessage(@case.Method, @case.Target);
        if (@case.Body is not null)
        {
            request.Content = new StringContent(@case.Body, Encoding.UTF8);
            request.Content.Headers.ContentType = string.IsNullOrEmpty(@case.ContentType) ? null : System.Net.Http.Headers.MediaTypeHeaderValue.Parse(@case.ContentType);
        }

        request.Headers.Accept.ParseAdd(@case.Accept);
        var result = await client.SendAsync(request);

        Assert.True(@case.Status == result.Status, $"{@case.Name}: expected {@case.Status}, got {result.Status}: {result.Body?.ToJsonString()}");
        if (@case.Code is not null)
        {
            Assert.True(result.Errors?.Any(e => e!["extensions"]?["code"]?.GetValue<string>() == @case.Code) == true, $"{@case.Name}: expected {@case.Code} in {result.Body?.ToJsonString()}");
        }

        Assert.DoesNotContain("   at ", result.Body?.ToJsonString() ?? "", StringComparison.Ordinal);
        Assert.Equal("Query", (await client.QueryAsync("{ __typename }"))["__typename"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("x'; DROP TABLE employees; --")]
    [InlineData("' OR '1'='1")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("%' OR 1=1 --")]
    [InlineData("\\\\'")]
    public async Task Sql_and_script_text_in_filters_is_only_text(string text)
    {
        var client = api.GraphQL();

        var data = await client.QueryAsync("query($t: String) { employees(where: { or: [{ givenName: { eq: $t } }, { familyName: { contains: $t } }] }) { totalCount } competences(search: $t) { totalCount } }", new { t = text });
        var raw = await client.Http.PostAsJsonAsync("/graphql", new { query = "query($t: String) { node(id: $t) { id } }", variables = new { t = text } });

        Assert.Equal(0, data["employees"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, data["competences"]!["totalCount"]!.GetValue<int>());
        Assert.DoesNotContain("<script>", await raw.Content.ReadAsStringAsync());
        Assert.Equal(499, (await client.QueryAsync("{ employees { totalCount } }"))["employees"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Unexpected_failures_carry_a_correlation_id_and_no_internals()
    {
        // A value PostgreSQL cannot store in text reaches no further than a clear error; this checks the general shape.
        var result = await api.GraphQL().PostAsync("{ employees(where: { givenName: { eq: \"a\\u0000b\" } }) { totalCount } }");
        var body = result.Body!.ToJsonString();

        Assert.DoesNotContain("Npgsql", body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("SELECT", body);
    }
}
