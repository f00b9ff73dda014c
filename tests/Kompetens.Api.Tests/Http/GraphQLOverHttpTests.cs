using System.Net;
using System.Text;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Http;

/// <summary>The endpoint follows the GraphQL-over-HTTP spec: media types, methods and status codes.</summary>
public sealed class GraphQLOverHttpTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Json = "application/json";
    private const string GraphQLResponse = "application/graphql-response+json";

    private static HttpRequestMessage Post(string body, string contentType = Json, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return request;
    }

    private static HttpRequestMessage Get(string query, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return request;
    }

    [Theory]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData(Json, Json)]
    [InlineData("*/*", Json)]
    [InlineData(null, Json)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponse)]
    public async Task Responds_in_the_media_type_the_client_accepts(string? accept, string expected)
    {
        var result = await api.GraphQL().SendAsync(Post("""{"query":"{ __typename }"}""", accept: accept));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal($"{expected}; charset=utf-8", result.ContentType);
        Assert.Equal("Query", result.Data!["__typename"]!.GetValue<string>());
        Assert.False(result.Body!.ContainsKey("errors"));
    }

    [Fact]
    public async Task Refuses_a_client_that_accepts_no_json_with_406()
    {
        var result = await api.GraphQL().SendAsync(Post("""{"query":"{ __typename }"}""", accept: "text/plain"));

        Assert.Equal(HttpStatusCode.NotAcceptable, result.Status);
        Assert.Equal("REQUEST_NOT_ACCEPTABLE", result.FirstErrorCode);
    }

    [Fact]
    public async Task Queries_work_over_get_with_variables()
    {
        var request = new HttpRequestMessage(HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString("query Q($n: Int) { employees(first: $n) { nodes { employeeNumber } } }") +
            "&variables=" + Uri.EscapeDataString("""{"n":2}"""));

        var result = await api.GraphQL().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(2, result.Data!["employees"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Refuses_mutations_over_get_with_405_and_allow_post()
    {
        var result = await api.GraphQL().SendAsync(Get("mutation { __typename }", GraphQLResponse));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, result.Status);
        Assert.Equal("POST", string.Join(",", result.Response.Content.Headers.Allow));
        Assert.Contains(result.Errors!, e => e!["extensions"]!["code"]!.GetValue<string>() == "REQUEST_MUTATION_OVER_GET");
    }

    [Theory]
    [InlineData("""{ "not a JSON""", "REQUEST_INVALID_JSON")]
    [InlineData("""[1, 2]""", "REQUEST_INVALID_PARAMETERS")]
    [InlineData("""{"notquery":"{ __typename }"}""", "REQUEST_INVALID_PARAMETERS")]
    [InlineData("""{"query":42}""", "REQUEST_INVALID_PARAMETERS")]
    [InlineData("""{"query":"{ __typename }","variables":"string"}""", "REQUEST_INVALID_PARAMETERS")]
    [InlineData("""{"query":"{ __typename }","variables":[1]}""", "REQUEST_INVALID_PARAMETERS")]
    [InlineData("""{"query":"{ __typename }","operationName":false}""", "REQUEST_INVALID_PARAMETERS")]
    [InlineData("""{"query":"{ __typename }","extensions":0}""", "REQUEST_INVALID_PARAMETERS")]
    [InlineData("", "REQUEST_INVALID_JSON")]
    public async Task Malformed_requests_get_400_with_an_error_code_in_both_media_types(string body, string code)
    {
        foreach (var accept in new[] { Json, GraphQLResponse })
        {
            var result = await api.GraphQL().SendAsync(Post(body, accept: accept));

            Assert.Equal(HttpStatusCode.BadRequest, result.Status);
            Assert.Equal(code, result.FirstErrorCode);
            Assert.False(result.Body!.ContainsKey("data"));
        }
    }

    [Fact]
    public async Task Bodies_that_are_not_json_get_415()
    {
        var result = await api.GraphQL().SendAsync(Post("""{"query":"{ __typename }"}""", contentType: "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, result.Status);
        Assert.Equal("REQUEST_UNSUPPORTED_MEDIA_TYPE", result.FirstErrorCode);
    }

    [Theory]
    [InlineData("""{"query":"{"}""", "SYNTAX_ERROR")]
    [InlineData("""{"query":"{ noSuchField }"}""", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("""{"query":"query Q($n: Int) { employees(first: $n) { totalCount } }","variables":{"n":"three"}}""", "INVALID_VALUE")]
    public async Task Documents_that_cannot_run_get_400_as_graphql_response_and_200_as_json(string body, string code)
    {
        var strict = await api.GraphQL().SendAsync(Post(body, accept: GraphQLResponse));
        var legacy = await api.GraphQL().SendAsync(Post(body, accept: Json));

        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal(code, strict.FirstErrorCode);
        Assert.Equal(code, legacy.FirstErrorCode);
        Assert.False(strict.Body!.ContainsKey("data"));
    }

    [Fact]
    public async Task Oversized_bodies_get_413()
    {
        var body = """{"query":"{ __typename }","variables":{"padding":"PADDING"}}""".Replace("PADDING", new string('x', 2 * 1024 * 1024));

        var result = await api.GraphQL().SendAsync(Post(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, result.Status);
        Assert.Equal("REQUEST_BODY_TOO_LARGE", result.FirstErrorCode);
    }

    [Fact]
    public async Task Browsers_get_an_offline_ide_at_get_graphql()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await api.CreateClient().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Kompetens GraphQL", html);
        Assert.Contains("Every request needs a token", html);
        Assert.DoesNotContain("https://", html);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("/graphiql/graphiql.js", "text/javascript")]
    [InlineData("/graphiql/graphiql.css", "text/css")]
    [InlineData("/graphiql/editor.worker.js", "text/javascript")]
    [InlineData("/graphiql/graphql.worker.js", "text/javascript")]
    [InlineData("/graphiql/json.worker.js", "text/javascript")]
    public async Task GraphiQLs_files_are_served_from_the_service(string path, string mediaType)
    {
        var response = await api.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 10_000);
    }

    [Theory]
    [InlineData("/graphiql/nope.js")]
    [InlineData("/graphiql/graphiql.html")]
    [InlineData("/graphiql/..%2FKompetens.Api.Http.graphiql.html")]
    public async Task Other_paths_under_graphiql_are_not_found(string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await api.CreateClient().GetAsync(path)).StatusCode);

    [Fact]
    public async Task Server_keeps_answering_after_bad_requests()
    {
        var client = api.GraphQL();
        await client.SendAsync(Post("{ broken"));
        await client.SendAsync(Post("""{"query":"{ nope }"}"""));

        var data = await client.QueryAsync("{ __typename }");

        Assert.Equal("Query", data["__typename"]!.GetValue<string>());
    }
}
