using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Http;

/// <summary>An intranet widget on a configured origin can call the API from the browser; responses are compressed.</summary>
public sealed class BrowserAccessTests(BrowserAccessTests.Factory api) : IClassFixture<BrowserAccessTests.Factory>
{
    private const string Intranet = "https://intranet.kommun.example";

    public sealed class Factory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Cors:AllowedOrigins:0"] = Intranet };
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return await api.Anonymous().Http.SendAsync(request);
    }

    [Fact]
    public async Task A_preflight_from_the_intranet_is_allowed()
    {
        var response = await PreflightAsync(Intranet);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Intranet, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Contains("authorization", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_preflight_from_another_origin_gets_no_permission()
    {
        var response = await PreflightAsync("https://evil.example");

        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_intranets_request_itself_carries_the_allow_origin_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ __typename }" }) };
        request.Headers.Add("Origin", Intranet);

        var result = await api.GraphQL(TestTokens.DemoEmployee).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(Intranet, result.Response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Responses_are_compressed_for_clients_that_accept_it(string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ employees(first: 200) { nodes { employeeNumber givenName familyName } } }" }) };
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        var response = await api.GraphQL(TestTokens.Payroll).Http.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        await using Stream decompressing = encoding == "gzip"
            ? new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress)
            : new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var text = await new StreamReader(decompressing).ReadToEndAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
        Assert.True(compressed.Length * 2 < text.Length, $"{compressed.Length} bytes for {text.Length} characters");
        Assert.Equal(200, JsonNode.Parse(text)!["data"]!["employees"]!["nodes"]!.AsArray().Count);
    }
}

/// <summary>Entra v2.0 access tokens carry the bare client id as <c>aud</c>, v1.0 ones the Application ID URI; both are accepted.</summary>
public sealed class AudienceTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static string Token(string audience) => TestTokens.Create(claims =>
    {
        claims["oid"] = Guid.NewGuid().ToString();
        claims["sub"] = claims["oid"];
        claims["idtyp"] = "app";
        claims["roles"] = new[] { Kompetens.Api.Security.AppRoles.Admin };
    }, audience: audience);

    [Theory]
    [InlineData(TestTokens.Audience)]
    [InlineData(TestTokens.ClientId)]
    public async Task Both_forms_of_the_audience_are_accepted(string audience) =>
        Assert.Equal("Query", (await api.GraphQL(Token(audience)).QueryAsync("{ __typename }"))["__typename"]!.GetValue<string>());

    [Theory]
    [InlineData("api://someone-else")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("api://" + TestTokens.ClientId + "-other")]
    public async Task Other_audiences_are_refused(string audience) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GraphQL(Token(audience)).PostAsync("{ __typename }")).Status);
}
