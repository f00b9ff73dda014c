using System.Net;
using System.Text.Json.Nodes;
using Kompetens.Api.Hosting;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.Api.Tests.Hosting;

/// <summary>
/// The built dll as an operator starts it (README "Commands", docs/deployment.md): a start with missing or invalid
/// settings ends with one line naming the setting and exit code 1, and <c>health</c> probes the address the service
/// listens on.
/// </summary>
public sealed class SettingsAndHealthCommandTests
{
    private static readonly Dictionary<string, string> Production = new() { ["ASPNETCORE_ENVIRONMENT"] = "Production" };

    /// <summary>Everything Production needs, so that one test can break exactly one setting.</summary>
    private static readonly Dictionary<string, string> CompleteProduction = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Kompetens"] = "Host=127.0.0.1;Port=1;Database=kompetens;Username=kompetens_app",
        ["AzureAd__Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd__TenantId"] = "11111111-1111-1111-1111-111111111111",
        ["AzureAd__ClientId"] = "22222222-2222-2222-2222-222222222222",
        ["AzureAd__Audience"] = "api://kompetens",
    };

    [Fact]
    public async Task Production_without_settings_stops_with_one_line_naming_them_and_exit_code_1()
    {
        var start = await ApiProcess.RunAsync(["health"], Production);

        Assert.Equal(1, start.ExitCode);
        var line = Assert.Single(start.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Kompetens.Api cannot start, check its settings: ", line);
        Assert.Contains("ConnectionStrings__Kompetens", line);
        Assert.Contains("AzureAd__TenantId", line);
        Assert.DoesNotContain("Unhandled exception", start.Output + start.Error);
        Assert.DoesNotContain(" at ", start.Output + start.Error);
    }

    [Theory]
    [InlineData("abc", "RateLimit__RequestsPerWindow: not a valid Int32")]
    [InlineData("0", "RateLimit__RequestsPerWindow: ")]
    public async Task An_invalid_value_is_named_with_what_is_wrong(string value, string expected)
    {
        var start = await ApiProcess.RunAsync(["health"], new Dictionary<string, string>(CompleteProduction) { ["RateLimit__RequestsPerWindow"] = value });

        Assert.Equal(1, start.ExitCode);
        var line = Assert.Single(start.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line);
        Assert.DoesNotContain("AzureAd", line);
        Assert.DoesNotContain("ConnectionStrings", line);
    }

    [Theory]
    [InlineData("ASPNETCORE_HTTP_PORTS", "{0}")]
    [InlineData("ASPNETCORE_URLS", "http://+:{0}")]
    public async Task Health_probes_the_port_the_service_listens_on(string setting, string format)
    {
        await using var live = await LiveServiceAsync();

        var health = await ApiProcess.RunAsync(["health"], new Dictionary<string, string>(CompleteProduction) { [setting] = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, live.Port) });

        Assert.True(health.ExitCode == 0, health.Output + health.Error);
        Assert.Contains($":{live.Port}/health/live: 200", health.Output);
        Assert.Equal(1, live.Probes);
    }

    [Fact]
    public async Task Health_says_so_and_exits_1_when_nothing_listens()
    {
        var health = await ApiProcess.RunAsync(["health"], new Dictionary<string, string>(CompleteProduction) { ["ASPNETCORE_HTTP_PORTS"] = "1" });

        Assert.Equal(1, health.ExitCode);
        Assert.Contains("localhost:1/health/live: no answer", health.Error);
    }

    [Fact]
    public void The_settings_files_leave_the_address_to_the_environment_and_dotnet_run_serves_where_health_probes()
    {
        // An address in appsettings*.json would override ASPNETCORE_URLS / ASPNETCORE_HTTP_PORTS (the container's 8080,
        // the bench's port): the service would listen elsewhere than its host was told, and health would probe there.
        var project = Path.Combine(RepositoryRoot(), "src", "Kompetens.Api");
        foreach (var file in Directory.GetFiles(project, "appsettings*.json"))
        {
            var settings = new ConfigurationBuilder().AddJsonFile(file).Build();
            Assert.All(new[] { "urls", "http_ports", "https_ports", "Kestrel:Endpoints" }, key => Assert.False(settings.GetSection(key).Exists(), $"{Path.GetFileName(file)} sets {key}"));
        }

        // dotnet run hands the profile's applicationUrl to the service and to `dotnet run -- health` alike (ASPNETCORE_URLS).
        var launch = JsonNode.Parse(File.ReadAllText(Path.Combine(project, "Properties", "launchSettings.json")))!;
        var applicationUrl = launch["profiles"]!["Kompetens.Api"]!["applicationUrl"]!.GetValue<string>();
        var asDotnetRun = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = applicationUrl }).Build();
        Assert.Equal(new Uri("http://localhost:5080/"), Commands.ListeningAddress(asDotnetRun));
    }

    [Theory]
    [InlineData("urls", "http://*:7001;http://+:7002", "http://127.0.0.1:7001/")]
    [InlineData("http_ports", "8080;8081", "http://localhost:8080/")]
    [InlineData("https_ports", "8443", "https://localhost:8443/")]
    [InlineData("Kestrel:Endpoints:Main:Url", "http://0.0.0.0:9000", "http://127.0.0.1:9000/")]
    public void The_listening_address_follows_kestrels_settings(string key, string value, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        Assert.Equal(new Uri(expected), Commands.ListeningAddress(configuration));
    }

    private static string RepositoryRoot() => Kompetens.Api.Data.RepositoryRoot.Find(AppContext.BaseDirectory);

    /// <summary>A stand-in for the running service: answers <c>/health/live</c> on a free loopback port and counts probes.</summary>
    private static async Task<LiveService> LiveServiceAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var service = new LiveService(app);
        app.MapGet("/health/live", () =>
        {
            Interlocked.Increment(ref service.ProbeCount);
            return Results.Text("Healthy");
        });
        await app.StartAsync();
        return service;
    }

    private sealed class LiveService(WebApplication app) : IAsyncDisposable
    {
        public int ProbeCount;

        public int Probes => ProbeCount;

        public int Port => new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;

        public ValueTask DisposeAsync() => app.DisposeAsync();
    }
}
