using System.Collections.Concurrent;
using Kompetens.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kompetens.Api.Tests.Hosting;

/// <summary>
/// What a person sees in the log of <c>dotnet run</c> (issue 14, item 8): the start says where it is and has no
/// error lines; each GraphQL operation is one line with its name, duration and caller kind; the identity library's
/// per-request lines stay below the configured level.
/// </summary>
public sealed class StartupLogTests(StartupLogTests.Factory api) : IClassFixture<StartupLogTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        public LogCapture Log { get; } = new();

        // Development: the start migrates and seeds, as `dotnet run` does.
        protected override string Environment => "Development";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Log));
        }
    }

    public sealed record Entry(string Category, LogLevel Level, string Message);

    /// <summary>Every log line the service writes, with its category and level, after the configured filters.</summary>
    public sealed class LogCapture : ILoggerProvider
    {
        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue(new Entry(category, logLevel, formatter(state, exception)));
        }
    }

    [Fact]
    public void A_healthy_start_says_where_it_is_and_logs_no_error()
    {
        _ = api.Services.GetRequiredService<IServiceProvider>();

        var entries = api.Log.Entries.ToList();
        Assert.Equal("", string.Join("\n", entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category}: {e.Message}")));
        Assert.Contains(entries, e => e.Message == "Applying database migrations");
        Assert.Contains(entries, e => e.Message == "The database schema is up to date");
        Assert.Contains(entries, e => e.Message == "Seeding the demo city if the database is empty");
    }

    [Fact]
    public async Task Each_operation_is_logged_with_its_name_duration_and_caller_kind()
    {
        await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("query MyPlanWidget { me { employeeNumber } }");
        await api.GraphQL(TestTokens.Payroll).QueryAsync("query PayrollCheck { __typename }");

        var lines = api.Log.Entries.Where(e => e.Category == "Kompetens.Api.Http.GraphQLHttpHandler").Select(e => e.Message).ToList();
        Assert.Contains(lines, line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^GraphQL query MyPlanWidget by user in \d+(\.\d)? ms, 0 errors$"));
        Assert.Contains(lines, line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^GraphQL query PayrollCheck by app in \d+(\.\d)? ms, 0 errors$"));
    }

    [Fact]
    public async Task The_identity_library_logs_nothing_below_warning_per_request()
    {
        await api.GraphQL(TestTokens.DemoEmployee).QueryAsync("{ me { employeeNumber } }");

        Assert.DoesNotContain(api.Log.Entries, e => e.Category.StartsWith("Microsoft.IdentityModel", StringComparison.Ordinal) && e.Level < LogLevel.Warning);
    }
}
