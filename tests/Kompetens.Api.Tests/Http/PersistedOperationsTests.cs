using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Kompetens.Api.Data;
using Kompetens.Api.Http;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.Api.Tests.Http;

/// <summary>The operations committed under schema/operations/ called by id (trusted documents), and Apollo's automatic persisted queries.</summary>
public sealed class PersistedOperationsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string SyncRunsPath = "payroll/SyncRuns.graphql";

    public static string RepositoryFile(string path) => Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), path);

    /// <summary>The id a client computes: SHA-256 of the committed file's UTF-8 text with LF line endings.</summary>
    public static string HashOfFile(string pathUnderOperations) =>
        Sha256(File.ReadAllText(RepositoryFile(Path.Combine("schema", "operations", pathUnderOperations))).ReplaceLineEndings("\n"));

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Every_committed_operation_is_embedded_under_the_hash_of_its_file()
    {
        var folder = RepositoryFile(Path.Combine("schema", "operations"));
        var files = Directory.GetFiles(folder, "*.graphql", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order().ToList();

        var committed = api.Services.GetRequiredService<PersistedOperations>().Committed;

        Assert.Equal(files, committed.Values.Select(o => o.Path).Order());
        Assert.All(files, f => Assert.Equal(f, committed[HashOfFile(f)].Path));
    }

    [Fact]
    public async Task A_committed_operation_runs_by_its_document_id()
    {
        var result = await Post(TestTokens.Payroll, new { documentId = "sha256:" + HashOfFile(SyncRunsPath) });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Null(result.Errors);
        Assert.NotNull(result.Data!["syncRuns"]!["nodes"]);
    }

    [Fact]
    public async Task A_committed_operation_runs_by_hotchocolates_id_field_and_over_get()
    {
        var hash = HashOfFile(SyncRunsPath);
        var byId = await Post(TestTokens.Payroll, new { id = hash });
        using var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?documentId=sha256:" + hash);
        get.Headers.Accept.ParseAdd(GraphQLClient.GraphQLResponse);

        var overGet = await api.GraphQL(TestTokens.Payroll).SendAsync(get);

        Assert.Null(byId.Errors);
        Assert.NotNull(byId.Data!["syncRuns"]);
        Assert.Equal(HttpStatusCode.OK, overGet.Status);
        Assert.NotNull(overGet.Data!["syncRuns"]);
    }

    [Fact]
    public async Task An_unknown_document_id_is_hotchocolates_persisted_operation_not_found()
    {
        var result = await Post(TestTokens.Payroll, new { documentId = "sha256:" + new string('0', 64) });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("HC0020", result.FirstErrorCode);
    }

    [Fact]
    public async Task Document_id_and_query_together_are_refused()
    {
        var result = await Post(TestTokens.Payroll, new { documentId = "sha256:" + HashOfFile(SyncRunsPath), query = "{ __typename }" });

        Assert.Equal("REQUEST_INVALID_PARAMETERS", result.FirstErrorCode);
    }

    [Fact]
    public async Task Apollo_apq_unknown_hash_is_persisted_query_not_found_with_200_then_hash_and_query_register_it()
    {
        const string query = "query ApqCompetences { competences(first: 2) { nodes { code } } }";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = Sha256(query) } };

        var unknown = await Post(TestTokens.DemoEmployee, new { extensions });
        var registered = await Post(TestTokens.DemoEmployee, new { query, extensions });
        var known = await Post(TestTokens.DemoEmployee, new { extensions });

        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.FirstErrorCode);
        Assert.Equal("PersistedQueryNotFound", unknown.Errors![0]!["message"]!.GetValue<string>());
        Assert.True(registered.Errors is null, registered.Errors?.ToJsonString());
        Assert.Equal(2, registered.Data!["competences"]!["nodes"]!.AsArray().Count);
        Assert.Null(known.Errors);
        Assert.Equal(registered.Data!.ToJsonString(), known.Data!.ToJsonString());
    }

    [Fact]
    public async Task Apollo_apq_text_that_does_not_match_its_hash_is_refused()
    {
        var result = await Post(TestTokens.DemoEmployee, new { query = "{ __typename }", extensions = new { persistedQuery = new { version = 1, sha256Hash = Sha256("{ me { id } }") } } });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", result.FirstErrorCode);
    }

    [Theory]
    [InlineData(2, "0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(1, "not-a-hash")]
    public async Task Apollo_apq_with_another_version_or_a_malformed_hash_is_refused(int version, string hash)
    {
        var result = await Post(TestTokens.DemoEmployee, new { extensions = new { persistedQuery = new { version, sha256Hash = hash } } });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("REQUEST_INVALID_PARAMETERS", result.FirstErrorCode);
    }

    [Fact]
    public async Task A_committed_operation_answers_an_apq_hash_without_registration()
    {
        var result = await Post(TestTokens.Payroll, new { extensions = new { persistedQuery = new { version = 1, sha256Hash = HashOfFile(SyncRunsPath) } } });

        Assert.Null(result.Errors);
        Assert.NotNull(result.Data!["syncRuns"]);
    }

    private async Task<GraphQLResult> Post(string token, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd(GraphQLClient.GraphQLResponse);
        return await api.GraphQL(token).SendAsync(request);
    }
}

/// <summary>The APQ store keeps at most the configured number of queries.</summary>
public sealed class AutomaticPersistedQueryStoreTests(AutomaticPersistedQueryStoreTests.Factory api) : IClassFixture<AutomaticPersistedQueryStoreTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["GraphQL:MaxAutomaticPersistedQueries"] = "3" };
    }

    [Fact]
    public async Task The_store_is_bounded()
    {
        var queries = Enumerable.Range(0, 10).Select(i => $"query Apq{i} {{ __typename }}").ToList();
        foreach (var query in queries)
        {
            Assert.Null((await Send(new { query, extensions = Extensions(query) })).Errors);
        }

        await Task.Delay(200); // MemoryCache compacts in the background once full.
        var stillKnown = 0;
        foreach (var query in queries)
        {
            stillKnown += (await Send(new { extensions = Extensions(query) })).Errors is null ? 1 : 0;
        }

        Assert.InRange(stillKnown, 1, 3);
    }

    private static object Extensions(string query) => new { persistedQuery = new { version = 1, sha256Hash = PersistedOperationsTests.Sha256(query) } };

    private async Task<GraphQLResult> Send(object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        return await api.GraphQL(TestTokens.DemoEmployee).SendAsync(request);
    }
}

/// <summary>Production accepts only committed operations from app-only callers; people may still send text.</summary>
public sealed class ProductionPersistedOnlyTests(ProductionApiFactory api) : IClassFixture<ProductionApiFactory>
{
    [Fact]
    public async Task An_app_sending_text_gets_hotchocolates_only_persisted_operations_allowed()
    {
        var result = await api.GraphQL(TestTokens.Payroll).PostAsync("{ syncRuns(first: 1) { totalCount } }");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("HC0067", result.FirstErrorCode);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task An_app_registering_an_apq_gets_only_persisted_operations_allowed()
    {
        const string query = "{ syncRuns(first: 1) { totalCount } }";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = PersistedOperationsTests.Sha256(query) } } }),
        };

        var result = await api.GraphQL(TestTokens.Payroll).SendAsync(request);

        Assert.Equal("HC0067", result.FirstErrorCode);
    }

    [Fact]
    public async Task An_app_sending_a_committed_operation_by_id_runs_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { documentId = "sha256:" + PersistedOperationsTests.HashOfFile("payroll/SyncRuns.graphql") }),
        };

        var result = await api.GraphQL(TestTokens.Payroll).SendAsync(request);

        Assert.Null(result.Errors);
        Assert.NotNull(result.Data!["syncRuns"]);
    }

    [Fact]
    public async Task A_person_may_send_text() =>
        Assert.NotNull((await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("{ me { id } }"))["me"]);
}

/// <summary>The setting switched off in Production: apps may send text again.</summary>
public sealed class ProductionPersistedOnlyOffTests(ProductionPersistedOnlyOffTests.Factory api) : IClassFixture<ProductionPersistedOnlyOffTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override string Environment => "Production";

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["GraphQL:OnlyPersistedOperationsForApps"] = "false" };
    }

    [Fact]
    public async Task An_app_may_send_text() =>
        Assert.NotNull((await api.GraphQL(TestTokens.Payroll).QueryAsync("{ syncRuns(first: 1) { totalCount } }"))["syncRuns"]);
}
