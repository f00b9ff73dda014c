using System.Diagnostics;
using Kompetens.Api.Data;
using Kompetens.Api.Tests.Infrastructure;

namespace Kompetens.Api.Tests.Http;

/// <summary>
/// Runs tests/clients (node --test) against the service on a real loopback port: graphql-js's standard
/// introspection builds schema/schema.graphql, GraphQL Code Generator types every committed operation, Apollo
/// Client's relayStylePagination walks a list and its persisted-query link does APQ round trips, and GraphiQL works
/// in Debian's headless Chromium with the network outside the service cut off. Needs Node.js, npm and Chromium
/// (.ci/run installs Chromium); installs the suite with <c>npm ci</c> once.
/// </summary>
public sealed class ClientSuiteTests(GraphQLHttpAuditTests.KestrelApiFactory api) : IClassFixture<GraphQLHttpAuditTests.KestrelApiFactory>
{
    [Fact]
    public async Task Standard_clients_introspection_codegen_apollo_and_graphiql_pass()
    {
        var folder = Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "tests", "clients");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@apollo", "client")))
        {
            var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder);
            Assert.True(install.ExitCode == 0, "npm ci failed: " + install.Output);
        }

        var suite = await RunAsync("node", ["--test", "--test-concurrency=1"], folder);

        Assert.True(suite.ExitCode == 0, suite.Output);
        Assert.Contains("# fail 0", suite.Output);
        Assert.Contains("# pass 6", suite.Output);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string command, string[] arguments, string folder)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["GRAPHQL_URL"] = api.GraphQLUrl;
        start.Environment["KOMPETENS_TOKEN"] = TestTokens.Admin;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
