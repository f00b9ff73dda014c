using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kompetens.Api.Tests.Infrastructure;

/// <summary>Sends GraphQL requests the way a client would, and reads the answer.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public HttpClient Http { get; } = http;

    public async Task<GraphQLResult> PostAsync(string query, object? variables = null, string accept = GraphQLResponse)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd(accept);
        return await GraphQLResult.ReadAsync(await Http.SendAsync(request));
    }

    public async Task<GraphQLResult> SendAsync(HttpRequestMessage request) => await GraphQLResult.ReadAsync(await Http.SendAsync(request));

    /// <summary>Posts and fails the test unless the answer is 200 with data and no errors.</summary>
    public async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        var result = await PostAsync(query, variables);
        Assert.True(result.Errors is null, $"Unexpected errors: {result.Errors?.ToJsonString()}");
        Assert.Equal(HttpStatusCode.OK, result.Status);
        return result.Data!;
    }

    /// <summary>
    /// Runs one mutation with its input as a variable and returns its payload: the <paramref name="selection"/>
    /// plus the payload's domain <c>errors</c> (code and message), which the caller asserts on.
    /// </summary>
    public async Task<JsonNode> MutateAsync(string mutation, string inputType, string selection, object input) =>
        (await QueryAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection} errors {{ __typename ... on Error {{ code message }} }} }} }}", new { input }))[mutation]!;

    /// <summary>The code of a mutation payload's first domain error, or null when it has none.</summary>
    public static string? ErrorCode(JsonNode payload) => payload["errors"]?[0]?["code"]?.GetValue<string>();
}

/// <summary>A response: status, content type and the parsed body.</summary>
public sealed record GraphQLResult(HttpStatusCode Status, string? ContentType, JsonObject? Body, HttpResponseMessage Response)
{
    public JsonNode? Data => Body?["data"];

    public JsonArray? Errors => Body?["errors"]?.AsArray();

    public string? FirstErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

    public static async Task<GraphQLResult> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        JsonObject? body;
        try
        {
            body = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        return new(response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, response);
    }
}
