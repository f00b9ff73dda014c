using System.Collections.Concurrent;
using System.Diagnostics;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kompetens.Api.Tests.Security;

/// <summary>A client that hangs up stops the work of its request (here a validation that would run for minutes).</summary>
public sealed class ClientDisconnectTests(ClientDisconnectTests.Factory api) : IClassFixture<ClientDisconnectTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        public ConcurrentQueue<string> Log { get; } = new();

        public Uri? Address { get; private set; }

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["GraphQL:MaxFragmentExpansion"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["GraphQL:ValidationTimeout"] = "00:05:00",
            ["GraphQL:ExecutionTimeout"] = "00:05:00",
            ["GraphQL:MaxComplexity"] = "10000000",
        };

        /// <summary>On a real loopback port: only a real connection tells the server that its client has gone.</summary>
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            UseKestrel(0);
            StartServer();
            Address = new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(new QueueLogger(Log)));
        }
    }

    [Fact]
    public async Task A_client_that_goes_away_stops_the_work_of_its_request()
    {
        using var http = new HttpClient { BaseAddress = api.Address };
        http.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Admin);
        using var gone = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            http.PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(new { query = FragmentExpansionTests.FragmentBomb(30) }), gone.Token));

        // Validating 2^30 spreads takes minutes; the server notices the hang-up within seconds and says so.
        var waited = Stopwatch.StartNew();
        while (!api.Log.Any(Cancelled) && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(50);
        }

        Assert.Contains(api.Log, Cancelled);
        Assert.Equal("Query", (await new GraphQLClient(http).QueryAsync("{ __typename }"))["__typename"]!.GetValue<string>());
    }

    private static bool Cancelled(string line) => line.Contains("cancelled by the client", StringComparison.Ordinal);

    private sealed class QueueLogger(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception));

        public void Dispose() { }
    }
}
