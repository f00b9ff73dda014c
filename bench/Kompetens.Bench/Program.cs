using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace Kompetens.Bench;

// The benchmark instrument's verbs (bench/README.md):
//   generate  --employees N [--seed S] --api URL --database CS [--report FILE]   the city, through the sync and COPY
//   requests  --employees N [--seed S] --database CS --out DIR [--count K]       per-scenario request sets for wrk
//   baseline  --database CS --url URL                                            the raw-SQL endpoint, POST /raw/{scenario}
//   report    --root DIR --employees N --duration S --out FILE --database CS   bench/results/<date>.md
//   checksum  --database CS                                                      the data's checksum by natural keys
public static class BenchProgram
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        string Option(string name, string? fallback = null) => options.TryGetValue(name, out var value) ? value : fallback ?? throw new ArgumentException($"--{name} is required");
        var verb = args.Length > 0 ? args[0] : "help";
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };
        City MakeCity() => City.Generate(int.Parse(Option("employees", "40000")), int.Parse(Option("seed", "20261202")));

        switch (verb)
        {
            case "generate":
            {
                await using var database = NpgsqlDataSource.Create(Option("database"));
                using var api = new HttpClient { BaseAddress = new Uri(Option("api")), Timeout = TimeSpan.FromMinutes(10) };
                var tokens = DevTokens.FromUserSecrets();
                var city = MakeCity();
                var report = await Generator.RunAsync(city, api, tokens.App("Kompetens.Payroll.Sync"), database, cancellation.Token);
                var json = JsonSerializer.Serialize(report, Indented);
                await File.WriteAllTextAsync(Option("report", "generate.json"), json);
                Console.WriteLine(json);
                return report.SyncProblems.Count == 0 ? 0 : 1;
            }

            case "requests":
            {
                await using var database = NpgsqlDataSource.Create(Option("database"));
                var tokens = DevTokens.FromUserSecrets();
                var sets = await RequestSets.BuildAsync(database, MakeCity(), tokens.User, tokens.App, int.Parse(Option("count", "2000")), cancellation.Token);
                await RequestSets.WriteAsync(sets, Option("out"), cancellation.Token);
                return 0;
            }

            case "baseline":
            {
                var builder = new NpgsqlDataSourceBuilder(Option("database"));
                await using var database = builder.Build();
                var tokens = DevTokens.FromUserSecrets();
                var app = Baseline.Build(Option("url"), database, token => Task.FromResult(tokens.Validate(token)));
                await app.RunAsync(cancellation.Token);
                return 0;
            }

            case "report":
            {
                await using var database = NpgsqlDataSource.Create(Option("database"));
                await Report.WriteAsync(Option("root"), int.Parse(Option("employees")), int.Parse(Option("duration")), Option("commit", "?"), Option("out"), database, cancellation.Token);
                return 0;
            }

            case "checksum":
            {
                await using var database = NpgsqlDataSource.Create(Option("database"));
                Console.WriteLine(await Generator.ChecksumAsync(database, cancellation.Token));
                return 0;
            }

            default:
                Console.Error.WriteLine("usage: Kompetens.Bench generate|requests|baseline|checksum [--option value]… (see bench/README.md)");
                return 2;
        }
    }
}
