using System.Net;
using System.Security.Cryptography;
using Kompetens.Api.Security;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace Kompetens.Api.Tests.Security;

/// <summary>Only valid Entra ID tokens of the city's tenant, for this API, reach GraphQL.</summary>
public sealed class AuthenticationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static string Claims(Action<Dictionary<string, object>>? extra = null, SecurityKey? key = null, string? issuer = null, string audience = TestTokens.Audience, DateTime? expires = null) =>
        TestTokens.ForgedApp(extra, key, issuer, audience, expires);

    private async Task<HttpResponseMessage> SendAsync(string? token)
    {
        var client = token is null ? api.Anonymous() : api.GraphQL(token);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json") };
        return await client.Http.SendAsync(request);
    }

    [Fact]
    public async Task A_request_without_a_token_gets_401_with_www_authenticate()
    {
        var response = await SendAsync(null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task A_valid_token_gets_through() => Assert.Equal(HttpStatusCode.OK, (await SendAsync(Claims())).StatusCode);

    public static TheoryData<string, string> RejectedTokens() => new()
    {
        { "wrong issuer", Claims(issuer: "https://evil.example.com/" + TestTokens.TenantId + "/v2.0") },
        { "another tenant", Claims(c => c["tid"] = "00000000-1111-2222-3333-444444444444", issuer: $"{TestTokens.Instance}00000000-1111-2222-3333-444444444444/v2.0") },
        { "another tenant's claim in our issuer", Claims(c => c["tid"] = "00000000-1111-2222-3333-444444444444") },
        { "wrong audience", Claims(audience: "api://someone-else") },
        { "expired", Claims(expires: DateTime.UtcNow.AddHours(-2)) },
        { "signed by another key", Claims(key: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key" }) },
        { "no roles and no scope", TestTokens.Create(c => { c["oid"] = Guid.NewGuid().ToString(); c["sub"] = "x"; }) },
        { "unsigned (alg none)", Unsigned(Claims()) },
        { "tampered payload", Tampered(Claims()) },
        { "not a token", "not-a-jwt" },
    };

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task Invalid_tokens_are_rejected_with_401(string why, string token)
    {
        var response = await SendAsync(token);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{why}: {response.StatusCode}");
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task A_user_token_without_the_access_scope_reaches_nothing()
    {
        var token = TestTokens.User(Kompetens.Api.DemoData.DemoCity.DemoEmployeeObjectId, scope: "User.Read");

        var result = await api.GraphQL(token).PostAsync("{ competences(first: 1) { totalCount } }");

        Assert.Equal(HttpStatusCode.Forbidden, result.Status);
        Assert.Equal("AUTH_NOT_AUTHORIZED", result.FirstErrorCode);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_stay_open(string path) =>
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().Http.GetAsync(path)).StatusCode);

    [Fact]
    public async Task The_ide_page_stays_open()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().Http.SendAsync(request)).StatusCode);
    }

    private static string Unsigned(string token)
    {
        var parts = token.Split('.');
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        return $"{header}.{parts[1]}.";
    }

    private static string Tampered(string token)
    {
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace(AppRoles.Admin, AppRoles.Admin + "X", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }
}
