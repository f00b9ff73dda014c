using Kompetens.Api.Data;
using System.Diagnostics;
using Kompetens.Api.Hosting;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.Api.Tests.Http;

/// <summary>
/// Runs the graphql-http server audit suite (npm package <c>graphql-http</c>, tests/http-audit) against the
/// service listening on a real loopback port. Needs Node.js and npm; installs the suite with <c>npm ci</c> once.
/// </summary>
public sealed class GraphQLHttpAuditTests : IClassFixture<GraphQLHttpAuditTests.KestrelApiFactory>
{
    private readonly KestrelApiFactory api;

    public GraphQLHttpAuditTests(KestrelApiFactory api) => this.api = api;

    [Fact]
    public async Task Endpoint_passes_the_graphql_http_audit_with_no_failures()
    {
        var folder = Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "tests", "http-audit");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "graphql-http")))
        {
            var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder);
            Assert.True(install.ExitCode == 0, "npm ci failed: " + install.Output);
        }

        var audit = await RunAsync("node", ["audit.mjs", api.GraphQLUrl], folder);

        Assert.True(audit.ExitCode == 0, audit.Output);
        Assert.Contains(" 0 errors", audit.Output);
        Assert.DoesNotContain("WARN", audit.Output);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string command, string[] arguments, string folder)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["AUDIT_AUTHORIZATION"] = "Bearer " + TestTokens.Admin;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>The service on a real loopback port, since the audit runs in another process.</summary>
    public sealed class KestrelApiFactory : ApiFactory
    {
        public string GraphQLUrl { get; private set; } = "";

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            UseKestrel(0);
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            GraphQLUrl = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal) + "/graphql";
        }
    }
}
