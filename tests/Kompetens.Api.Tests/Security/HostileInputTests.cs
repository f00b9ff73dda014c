using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kompetens.Api.Security;
using Kompetens.Api.Tests.Infrastructure;
using Kompetens.GraphQL.Data.Ids;
using Microsoft.IdentityModel.Tokens;

namespace Kompetens.Api.Tests.Security;

/// <summary>
/// Hostile requests in batches (HTTP, document, tokens, paging, ids, values): each gets its precise status and either
/// a coded error or the correct answer, and after each batch the service still answers — huge <c>where</c> and
/// <c>order</c> lists that once overflowed the stack included.
/// </summary>
public sealed class HostileInputTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    /// <summary>
    /// One request. <paramref name="Code"/>: the error code expected, <c>"*"</c> for any coded error (GraphQL.NET's
    /// own validation codes), or null for a correct answer (no errors) or a bodiless HTTP refusal.
    /// </summary>
    public sealed record Case(string Name, HttpStatusCode Status, string? Code, string? Body = null, string? ContentType = Json, HttpMethod? Method = null,
        string Target = "/graphql", string? Token = Admin, byte[]? Bytes = null, string Accept = GraphQLResponse);

    private const string Json = "application/json";
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Admin = "admin";
    private const string Any = "*";
    private const HttpStatusCode Ok = HttpStatusCode.OK, Bad = HttpStatusCode.BadRequest, Unauthorized = HttpStatusCode.Unauthorized;

    private static string Request(string query, object? variables = null, string? operationName = null) =>
        JsonSerializer.Serialize(new { query, variables, operationName });

    private static Case Query(string name, HttpStatusCode status, string? code, string query, object? variables = null, string? token = Admin) =>
        new(name, status, code, Request(query, variables), Token: token);

    private static string Nest(string field, int depth, string leaf) => string.Concat(Enumerable.Repeat(field + " { ", depth)) + leaf + new string('}', depth).Replace("}", " }");

    private static IEnumerable<Case> Http()
    {
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            yield return new($"{method} is not allowed", HttpStatusCode.MethodNotAllowed, null, Request("{ __typename }"), Method: method);
        }

        foreach (var type in new[] { "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/graphql", "application/jsonx", "" })
        {
            yield return new($"content type '{type}'", HttpStatusCode.UnsupportedMediaType, "REQUEST_UNSUPPORTED_MEDIA_TYPE", Request("{ __typename }"), type);
        }

        foreach (var body in new[] { "{", "}", "{\"query\":", "{'query':'{ __typename }'}", "{\"query\":\"{ __typename }\",}", "\u0000", "{\"query\":\"\\x41\"}", "[", "nul", "{\"query\" \"x\"}" })
        {
            yield return new($"broken JSON {JsonSerializer.Serialize(body)}", Bad, "REQUEST_INVALID_JSON", body);
        }

        foreach (var body in new[] { "[]", "1", "true", "\"q\"", "{\"query\":[]}", "{\"query\":null}", "{\"query\":\"{ __typename }\",\"variables\":1}", "{\"query\":\"{ __typename }\",\"operationName\":[]}" })
        {
            yield return new($"not a GraphQL request {body}", Bad, "REQUEST_INVALID_PARAMETERS", body);
        }

        yield return new("body over the limit", HttpStatusCode.RequestEntityTooLarge, "REQUEST_BODY_TOO_LARGE", Request("{ __typename }", new { pad = new string('x', 1_100_000) }));
        yield return new("many small variables over the limit", HttpStatusCode.RequestEntityTooLarge, "REQUEST_BODY_TOO_LARGE", Request("{ __typename }", Enumerable.Range(0, 90_000).ToDictionary(i => "v" + i, i => i)));
        yield return new("lone surrogate", Bad, "REQUEST_INVALID_JSON", "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"\\udfff\"}}");
        yield return new("reversed surrogate pair", Bad, "REQUEST_INVALID_JSON", "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"\\udc00\\ud800\"}}");
        yield return new("invalid UTF-8", Bad, "REQUEST_INVALID_JSON", Bytes: [.. Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"operationName\":\""), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\"}")]);
        yield return new("UTF-16 body", Bad, "REQUEST_INVALID_JSON", Bytes: Encoding.Unicode.GetBytes(Request("{ __typename }")));
        yield return new("charset parameter", Ok, null, Request("{ __typename }"), "application/json; charset=utf-8");
        yield return new("UTF-8 BOM", Ok, null, Bytes: [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Request("{ __typename }"))]);
        yield return new("accepts only XML", HttpStatusCode.NotAcceptable, "REQUEST_NOT_ACCEPTABLE", Request("{ __typename }"), Accept: "application/xml");
        yield return new("legacy application/json", Ok, null, Request("{ __typename }"), Accept: Json);
        yield return new("GET with a mutation", HttpStatusCode.MethodNotAllowed, "REQUEST_MUTATION_OVER_GET", Method: HttpMethod.Get, Target: "/graphql?query=mutation%7B__typename%7D", ContentType: null);
        yield return new("GET with a query", Ok, null, Method: HttpMethod.Get, Target: "/graphql?query=%7B__typename%7D", ContentType: null);
        yield return new("GET with invalid variables", Bad, "REQUEST_INVALID_PARAMETERS", Method: HttpMethod.Get, Target: "/graphql?query=%7B__typename%7D&variables=%5B", ContentType: null);
    }

    private static IEnumerable<Case> Document()
    {
        for (var depth = 16; depth <= 40; depth += 8)
        {
            yield return Query($"{depth} levels deep", Bad, "COMPLEXITY", "{ employees(first: 1) { nodes { " + Nest("organisationUnit", 1, Nest("parent", depth, "code")) + " } } }");
        }

        yield return Query("50 aliases", Ok, null, "{ " + string.Concat(Enumerable.Range(0, 50).Select(i => $"a{i}: __typename ")) + "}");
        yield return Query("51 aliases", Bad, "MAX_ALIASES_EXCEEDED", "{ " + string.Concat(Enumerable.Range(0, 51).Select(i => $"a{i}: __typename ")) + "}");
        yield return Query("500 aliases", Bad, "MAX_ALIASES_EXCEEDED", "{ " + string.Concat(Enumerable.Range(0, 500).Select(i => $"a{i}: __typename ")) + "}");
        for (var levels = 13; levels <= 30; levels += 3)
        {
            yield return Query($"fragment bomb of {levels} levels", Bad, "MAX_FRAGMENT_EXPANSION", FragmentExpansionTests.FragmentBomb(levels));
        }

        yield return Query("fragment cycle", Bad, "NO_FRAGMENT_CYCLES", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
        yield return Query("self-spreading fragment", Bad, "NO_FRAGMENT_CYCLES", "{ ...A } fragment A on Query { __typename ...A }");
        yield return Query("skip directive", Ok, null, "{ __typename employees @skip(if: true) { totalCount } }");
        yield return Query("include directive with a variable", Ok, null, "query($i: Boolean!) { __typename employees @include(if: $i) { totalCount } }", new { i = false });
        yield return Query("unknown directive", Bad, Any, "{ __typename @evil }");
        yield return Query("directive in the wrong place", Bad, Any, "query @skip(if: true) { __typename }");
        yield return Query("repeated directive", Bad, Any, "{ __typename @skip(if: false) @skip(if: false) }");
        yield return Query("200 directives", Bad, Any, "{ __typename " + string.Concat(Enumerable.Repeat("@skip(if: false) ", 200)) + "}");
        yield return Query("search of 201 characters", Bad, "STRING_TOO_LONG", $"{{ competences(search: \"{new string('a', 201)}\") {{ totalCount }} }}");
        yield return Query("search of 900,000 characters in a variable", Bad, "STRING_TOO_LONG", "query($s: String) { competences(search: $s) { totalCount } }", new { s = new string('a', 900_000) });
        yield return Query("filter text of 401 characters", Bad, "STRING_TOO_LONG", $"{{ employees(where: {{ email: {{ contains: \"{new string('a', 401)}\" }} }}) {{ totalCount }} }}");
        yield return Query("block string of 10,000 characters", Bad, "STRING_TOO_LONG", $"{{ competences(search: \"\"\"{new string('a', 10_000)}\"\"\") {{ totalCount }} }}");
        yield return Query("huge integer literal", Bad, Any, "{ employees(first: 99999999999999999999) { totalCount } }");
        yield return Query("huge float for an Int", Bad, Any, "{ employees(first: 1e308) { totalCount } }");
        yield return Query("unknown operation name", Bad, Any, "query A { __typename }", token: Admin) with { Body = Request("query A { __typename }", operationName: "B") };
        yield return Query("operation name of an anonymous document", Bad, Any, "{ __typename }") with { Body = Request("{ __typename }", operationName: "X") };
        yield return Query("subscription", Bad, "OPERATION_TYPE_NOT_SUPPORTED", "subscription { __typename }");
        yield return Query("schema definition as a query", Bad, Any, "type Query { x: Int }");
        yield return Query("document too long", Bad, "REQUEST_DOCUMENT_TOO_LARGE", "{ __typename }" + new string(' ', 20_000));
        yield return Query("parser nesting", Bad, "REQUEST_DOCUMENT_TOO_DEEP", "{ employees(where: " + string.Concat(Enumerable.Repeat("{ and: [", 300)) + "{}" + string.Concat(Enumerable.Repeat("] }", 300)) + ") { totalCount } }");
        yield return Query("introspection in circles", Bad, "MAX_INTROSPECTION_DEPTH", "{ __schema { types { fields { type { fields { type { name } } } } } } }");
        yield return Query("ofType 20 deep", Bad, "MAX_INTROSPECTION_DEPTH", "{ __type(name: \"Employee\") { " + Nest("ofType", 20, "name") + " } }");
        yield return Query("standard introspection", Ok, null, IntrospectionQueryTests.Fixture("introspection-all-options.graphql"));
    }

    private static string Token(Action<Dictionary<string, object>>? extra = null, SecurityKey? key = null, string? issuer = null, string audience = TestTokens.Audience, DateTime? expires = null) =>
        TestTokens.ForgedApp(extra, key, issuer, audience, expires);

    private static IEnumerable<Case> Tokens()
    {
        var valid = Token();
        var parts = valid.Split('.');
        var rejected = new Dictionary<string, string>
        {
            ["aaa.bbb.ccc"] = "aaa.bbb.ccc",
            ["two parts"] = "aaa.bbb",
            ["five parts"] = "a.b.c.d.e",
            ["only dots"] = "..",
            ["header not JSON"] = $"{Base64UrlEncoder.Encode("nope")}.{parts[1]}.{parts[2]}",
            ["payload not JSON"] = $"{parts[0]}.{Base64UrlEncoder.Encode("nope")}.{parts[2]}",
            ["signature removed"] = $"{parts[0]}.{parts[1]}.",
            ["alg none"] = $"{Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{parts[1]}.",
            ["signature of another token"] = $"{parts[0]}.{parts[1]}.{Token().Split('.')[2]}",
            ["wrong audience"] = Token(audience: "api://another-api"),
            ["wrong issuer"] = Token(issuer: "https://evil.example/" + TestTokens.TenantId + "/v2.0"),
            ["another tenant"] = Token(c => c["tid"] = Guid.NewGuid().ToString()),
            ["expired"] = Token(expires: DateTime.UtcNow.AddHours(-3)),
            ["signed by another key"] = Token(key: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key" }),
            ["no roles and no scope"] = TestTokens.Create(c => { c["oid"] = Guid.NewGuid().ToString(); c["sub"] = "x"; }),
            ["random text"] = "hello world",
            ["64 KB of dots and letters"] = string.Concat(Enumerable.Repeat("ab.", 20_000)),
        };
        foreach (var (name, token) in rejected)
        {
            yield return new($"token: {name}", Unauthorized, "AUTH_NOT_AUTHENTICATED", Request("{ __typename }"), Token: token);
        }

        yield return new("no token", Unauthorized, "AUTH_NOT_AUTHENTICATED", Request("{ __typename }"), Token: null);
        yield return new("user token without the scope", HttpStatusCode.Forbidden, "AUTH_NOT_AUTHORIZED", Request("{ competences { totalCount } }"),
            Token: TestTokens.User(Kompetens.Api.DemoData.DemoCity.DemoEmployeeObjectId, scope: "User.Read"));
        yield return new("analytics token reading people", HttpStatusCode.Forbidden, "AUTH_NOT_AUTHORIZED", Request("{ employees { totalCount } }"), Token: TestTokens.Analytics);
        yield return new("malformed token on health", Ok, null, Target: "/health/live", Method: HttpMethod.Get, Token: "aaa.bbb.ccc", ContentType: null);
    }

    private static IEnumerable<Case> Paging()
    {
        foreach (var size in new[] { -1, -100, int.MinValue, 101, 5_000, int.MaxValue })
        {
            var code = size < 0 ? "HC0079" : "HC0051";
            yield return Query($"first: {size}", Ok, code, $"{{ competences(first: {size}) {{ totalCount }} }}");
            yield return Query($"last: {size}", Ok, code, $"{{ competences(last: {size}) {{ totalCount }} }}");
        }

        yield return Query("first in a variable over the maximum", Ok, "HC0051", "query($n: Int) { competences(first: $n) { totalCount } }", new { n = 1000 });
        yield return Query("first and last", Ok, "PAGING_ARGUMENTS_CONFLICT", "{ competences(first: 1, last: 1) { totalCount } }");
        yield return Query("employees up to 1000", Ok, null, "{ employees(first: 1000) { totalCount } }");
        yield return Query("first: 0", Ok, null, "{ competences(first: 0) { totalCount } }");
        foreach (var cursor in new[] { "%%%", "", "e30", "bnVsbA", "WzEsMiwzXQ", "AAAA", new string('A', 300), "W10", "WyJ4IiwiMDE5OWQ1ZDgtMDAwMC03MDAwLTgwMDAtMDAwMDAwMDAwMDAwIl0" })
        {
            yield return Query($"cursor '{cursor[..Math.Min(cursor.Length, 20)]}'", Ok, "HC0078", "query($c: String) { competences(after: $c) { totalCount } }", new { c = cursor });
        }

        yield return Query("before a garbage cursor", Ok, "HC0078", "{ competences(last: 2, before: \"~~~\") { totalCount } }");
    }

    private static IEnumerable<Case> Ids()
    {
        foreach (var id in new[] { "not an id", "", "=", "RW1wbG95ZWU6", "RW1wbG95ZWU6bm90LWEtZ3VpZA", "U2FsYXJ5OgAAAAAAAAAAAAAAAAAAAAA", new string('Q', 300), "\u00e5\u00e4\u00f6", "0", "null" })
        {
            yield return Query($"node id '{id[..Math.Min(id.Length, 20)]}'", Ok, "ID_INVALID", "query($id: ID!) { node(id: $id) { id } }", new { id });
        }

        yield return Query("unknown employee", Ok, null, "query($id: ID!) { node(id: $id) { id } }", new { id = GlobalId.Format("Employee", Guid.NewGuid()) });
        yield return Query("competence id in an employee filter", Ok, "ID_INVALID", "query($id: ID) { employees(where: { id: { eq: $id } }) { totalCount } }", new { id = GlobalId.Format("Competence", Guid.NewGuid()) });
        yield return Query("51 ids", Ok, "HC0076", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = Enumerable.Range(0, 51).Select(_ => GlobalId.Format("Employee", Guid.NewGuid())) });
        yield return Query("50 unknown ids", Ok, null, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = Enumerable.Range(0, 50).Select(_ => GlobalId.Format("Employee", Guid.NewGuid())) });
        yield return Query("id of 401 characters", Bad, "STRING_TOO_LONG", "query($id: ID!) { node(id: $id) { id } }", new { id = new string('Q', 401) });
        yield return Query("foreign id as a mutation input (a typed domain error in the payload)", Ok, null, "mutation($input: RecordPlanFollowUpInput!) { recordPlanFollowUp(input: $input) { errors { __typename } } }",
            new { input = new { planId = GlobalId.Format("Competence", Guid.NewGuid()), heldOn = "2026-01-01", notes = "x" } });
    }

    private static IEnumerable<Case> Values()
    {
        const string Employees = "query($w: EmployeeFilterInput, $o: [EmployeeSortInput!]) { employees(where: $w, order: $o) { totalCount } }";
        object Or(int n) => new { w = new { or = Enumerable.Range(0, n).Select(i => new { employeeNumber = new { eq = $"E{i}" } }) } };
        object Keys(int n) => new { o = Enumerable.Range(0, n).Select(_ => new { familyName = "ASC" }) };
        // Written out by hand: a serializer refuses to nest this deep, a hostile client does not.
        string Deep(int depth) => "{\"query\":" + JsonSerializer.Serialize(Employees) + ",\"variables\":{\"w\":"
            + string.Concat(Enumerable.Repeat("{\"and\":[", depth)) + "{\"employeeNumber\":{\"eq\":\"E1\"}}" + string.Concat(Enumerable.Repeat("]}", depth)) + "}}";

        foreach (var n in new[] { 21, 500, 12_500 })
        {
            yield return Query($"or list of {n}", Bad, "LIST_TOO_LONG", Employees, Or(n));
        }

        yield return Query("or list of 20", Ok, null, Employees, Or(20));
        foreach (var n in new[] { 11, 1_000, 20_000 })
        {
            yield return Query($"{n} sort keys", Bad, "SORT_TOO_MANY_KEYS", Employees, Keys(n));
        }

        yield return Query("10 sort keys", Ok, null, Employees, Keys(10));
        foreach (var depth in new[] { 11, 25, 5_000 })
        {
            yield return new($"filter nested {depth} deep", Bad, depth > 30 ? "REQUEST_INVALID_JSON" : "FILTER_TOO_DEEP", Deep(depth));
        }

        yield return Query("in list of 1001", Bad, "LIST_TOO_LONG", Employees, new { w = new { employeeNumber = new { @in = Enumerable.Range(0, 1001).Select(i => $"E{i}") } } });
        yield return Query("in list of 1000", Ok, null, Employees, new { w = new { employeeNumber = new { @in = Enumerable.Range(0, 1000).Select(i => $"E{i}") } } });
        yield return Query("search of 201 characters", Bad, "STRING_TOO_LONG", "query($s: String) { employees(search: $s) { totalCount } }", new { s = new string('a', 201) });
        yield return Query("search of 900 KB", Bad, "STRING_TOO_LONG", "query($s: String) { employees(search: $s) { totalCount } }", new { s = new string('a', 900_000) });
        yield return Query("search with wildcards only", Ok, null, "{ employees(search: \"%_%\") { totalCount } }");
        yield return Query("filter string of 401 characters", Bad, "STRING_TOO_LONG", Employees, new { w = new { familyName = new { contains = new string('x', 401) } } });
        yield return Query("an Int over 32 bits", Bad, Any, "query($n: Int) { competences(first: $n) { totalCount } }", new { n = 4_294_967_296L });
        yield return Query("a float where an Int goes", Bad, Any, "query($n: Int) { competences(first: $n) { totalCount } }", new { n = 1.5 });
        yield return Query("a string where an Int goes", Bad, Any, "query($n: Int) { competences(first: $n) { totalCount } }", new { n = "ten" });
        yield return Query("an unknown enum value", Bad, Any, Employees, new { o = new[] { new { familyName = "SIDEWAYS" } } });
        yield return Query("an unknown filter field", Bad, Any, Employees, new { w = new { salary = new { gt = 1 } } });
        yield return Query("a date that is no date", Bad, Any, "query($d: DateTime) { employees(where: { updatedAt: { gt: $d } }) { totalCount } }", new { d = "yesterday" });
        yield return Query("null for a required input", Bad, Any, "mutation($input: RecordPlanFollowUpInput!) { recordPlanFollowUp(input: $input) { errors { __typename } } }", new { input = (object?)null });
        yield return Query("a mutation note of 8001 characters", Bad, "STRING_TOO_LONG", "mutation($input: RecordPlanFollowUpInput!) { recordPlanFollowUp(input: $input) { errors { __typename } } }",
            new { input = new { planId = "x", heldOn = "2026-01-01", notes = new string('n', 8001) } });
    }

    public static TheoryData<string> Batches() => ["http", "document", "tokens", "paging", "ids", "values"];

    private static IEnumerable<Case> Batch(string name) => name switch
    {
        "http" => Http(),
        "document" => Document(),
        "tokens" => Tokens(),
        "paging" => Paging(),
        "values" => Values(),
        _ => Ids(),
    };

    [Fact]
    public void The_suite_sends_at_least_150_requests() => Assert.True(new[] { "http", "document", "tokens", "paging", "ids", "values" }.Sum(b => Batch(b).Count()) >= 150);

    [Theory]
    [MemberData(nameof(Batches))]
    public async Task Every_hostile_request_gets_its_answer_and_the_service_stays_up(string batch)
    {
        var failures = new List<string>();
        foreach (var @case in Batch(batch))
        {
            var result = await SendAsync(@case);
            var body = result.Body?.ToJsonString() ?? "<no JSON body>";
            var codes = result.Errors?.Select(e => e?["extensions"]?["code"]?.GetValue<string>()).ToList() ?? [];
            var ok = result.Status == @case.Status && @case.Code switch
            {
                null => result.Errors is null,
                Any => codes.Count > 0 && codes.All(c => !string.IsNullOrEmpty(c) && c != "INTERNAL_ERROR"),
                var code => codes.Contains(code),
            };
            if (!ok || body.Contains("   at ", StringComparison.Ordinal))
            {
                failures.Add($"{@case.Name}: expected {(int)@case.Status} {@case.Code}, got {(int)result.Status} {body[..Math.Min(body.Length, 300)]}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().Http.GetAsync("/health/live")).StatusCode);
        Assert.Equal("Query", (await api.GraphQL().QueryAsync("{ __typename }"))["__typename"]!.GetValue<string>());
    }

    private async Task<GraphQLResult> SendAsync(Case @case)
    {
        var client = @case.Token switch
        {
            null => api.Anonymous(),
            Admin => api.GraphQL(),
            var token => api.GraphQL(token),
        };
        using var request = new HttpRequestMessage(@case.Method ?? HttpMethod.Post, @case.Target);
        if (@case.Bytes is not null || @case.Body is not null)
        {
            request.Content = new ByteArrayContent(@case.Bytes ?? Encoding.UTF8.GetBytes(@case.Body!));
            request.Content.Headers.ContentType = string.IsNullOrEmpty(@case.ContentType) ? null : MediaTypeHeaderValue.Parse(@case.ContentType);
        }

        request.Headers.Accept.ParseAdd(@case.Accept);
        return await client.SendAsync(request);
    }
}
