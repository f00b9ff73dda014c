using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Http;

/// <summary>The service as Production runs it.</summary>
public sealed class ProductionApiFactory : ApiFactory
{
    protected override string Environment => "Production";
}

/// <summary>The service as Development runs it (with <c>dotnet user-jwts</c> tokens accepted too).</summary>
public sealed class DevelopmentApiFactory : ApiFactory
{
    protected override string Environment => "Development";
}

/// <summary>Bodies that are not Unicode and tokens that are not tokens: a coded 400 or 401 in every environment, never 500.</summary>
public abstract class MalformedRequestTests(ApiFactory api)
{
    public static TheoryData<string, byte[]> NotUnicode() => new()
    {
        { "lone high surrogate escape", Encoding.UTF8.GetBytes("""{"query":"{ __typename }","variables":{"x":"\ud800"}}""") },
        { "lone low surrogate escape in the query", Encoding.UTF8.GetBytes("""{"query":"{ __typename } # \udc00"}""") },
        { "invalid UTF-8 byte", [.. Encoding.UTF8.GetBytes("""{"query":"{ __typename } # """), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}")] },
        { "overlong UTF-8", [.. Encoding.UTF8.GetBytes("""{"query":"{ __typename }","operationName":" """), 0xC0, 0xAF, .. Encoding.UTF8.GetBytes("\"}")] },
        { "truncated UTF-8 sequence", [.. Encoding.UTF8.GetBytes("""{"query":"{ __typename }","variables":{"x":" """), 0xE2, 0x82, .. Encoding.UTF8.GetBytes("\"}}")] },
    };

    [Theory]
    [MemberData(nameof(NotUnicode))]
    public async Task A_body_that_is_not_unicode_is_refused_with_400(string why, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var result = await api.GraphQL().SendAsync(request);

        Assert.True(result.Status == HttpStatusCode.BadRequest, $"{why}: {result.Status} {result.Body?.ToJsonString()}");
        Assert.Equal("REQUEST_INVALID_JSON", result.FirstErrorCode);
    }

    [Theory]
    [InlineData("aaa.bbb.ccc")]
    [InlineData("a.b")]
    [InlineData("....")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30.")]
    [InlineData("%%%.%%%.%%%")]
    public async Task A_malformed_token_gets_401_with_a_code_on_graphql(string token)
    {
        var result = await api.GraphQL(token).PostAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", result.FirstErrorCode);
        Assert.Contains(result.Response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task A_malformed_token_does_not_break_open_endpoints(string path)
    {
        var client = api.GraphQL("aaa.bbb.ccc");

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(path)).StatusCode);
    }
}

public sealed class DevelopmentMalformedRequestTests(DevelopmentApiFactory api) : MalformedRequestTests(api), IClassFixture<DevelopmentApiFactory>;

public sealed class ProductionMalformedRequestTests(ProductionApiFactory api) : MalformedRequestTests(api), IClassFixture<ProductionApiFactory>;

/// <summary>Production neither answers introspection nor serves the console unless configured; suggestions go with introspection.</summary>
public sealed class ProductionDefaultsTests(ProductionApiFactory api) : IClassFixture<ProductionApiFactory>
{
    /// <summary>An HR person (a delegated token): apps may send only persisted operations in Production (PersistedOperationsTests).</summary>
    private static readonly string Person = TestTokens.DemoManager;

    [Fact]
    public async Task Introspection_is_off_by_default()
    {
        var result = await api.GraphQL(Person).PostAsync("{ __schema { queryType { name } } }");

        Assert.Equal("NO_INTROSPECTION", result.FirstErrorCode);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task The_console_is_off_by_default()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await api.Anonymous().Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{ employes { totalCount } }", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("{ employees(frist: 1) { totalCount } }", "KNOWN_ARGUMENT_NAMES")]
    [InlineData("query($w: EmployeFilterInput) { employees(where: $w) { totalCount } }", "KNOWN_TYPE_NAMES")]
    public async Task Errors_suggest_no_names(string query, string code)
    {
        var result = await api.GraphQL(Person).PostAsync(query);

        Assert.Contains(result.Errors!, e => e!["extensions"]!["code"]!.GetValue<string>() == code);
        Assert.DoesNotContain(result.Errors!, e => e!["message"]!.GetValue<string>().Contains("Did you mean", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Data_queries_run_as_usual() =>
        Assert.True((await api.GraphQL(Person).QueryAsync("{ employees(first: 1) { totalCount } }"))["employees"]!["totalCount"]!.GetValue<int>() > 0);
}

/// <summary>Production with both switched on explicitly.</summary>
public sealed class ProductionConfiguredTests(ProductionConfiguredTests.Factory api) : IClassFixture<ProductionConfiguredTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override string Environment => "Production";

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["GraphQL:EnableIntrospection"] = "true",
            ["GraphQL:EnableIde"] = "true",
        };
    }

    [Fact]
    public async Task Configuration_switches_introspection_suggestions_and_the_console_back_on()
    {
        await DevelopmentDefaultsTests.AssertAllOnAsync(api);
    }
}

/// <summary>Development keeps both on, with suggestions.</summary>
public sealed class DevelopmentDefaultsTests(DevelopmentApiFactory api) : IClassFixture<DevelopmentApiFactory>
{
    [Fact]
    public async Task Introspection_suggestions_and_the_console_are_on()
    {
        await AssertAllOnAsync(api);
    }

    [Fact]
    public async Task The_console_comes_with_an_example_query_and_how_to_make_a_token()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        var html = await (await api.Anonymous().Http.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("query Employees", html);
        Assert.Contains("dotnet user-jwts create --project src/Kompetens.Api", html);
    }

    /// <summary>Introspection answers, a typo gets "Did you mean", and a browser gets the console.</summary>
    internal static async Task AssertAllOnAsync(ApiFactory api)
    {
        // A person: in Production apps may send only persisted operations.
        var introspection = await api.GraphQL(TestTokens.DemoManager).QueryAsync("{ __schema { queryType { name } } }");
        var typo = await api.GraphQL(TestTokens.DemoManager).PostAsync("{ employes { totalCount } }");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        var page = await api.Anonymous().Http.SendAsync(request);

        Assert.Equal("Query", introspection["__schema"]!["queryType"]!["name"]!.GetValue<string>());
        Assert.Contains("Did you mean", typo.Errors![0]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
