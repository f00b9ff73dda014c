using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace Kompetens.Bench;

/// <summary>One wrk run of one scenario against one target, with the database's counters around it.</summary>
public sealed record RunResult(string Scenario, string Target, int Clients, int Round, long Requests, long DurationMicros, long Errors, long SocketErrors,
    long P50, long P95, long P99, long Max, long Statements, long Resets, long Tuples, string? FirstError)
{
    public double PerSecond => Requests / (DurationMicros / 1e6);
}

/// <summary>Writes bench/results/&lt;date&gt;.md from a run's files: machine, dataset, per scenario the numbers, and the issue's targets.</summary>
public static class Report
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static async Task WriteAsync(string root, int employees, int duration, string commit, string output, NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        var runs = Directory.EnumerateFiles(Path.Combine(root, "runs"), "*.json")
            .Select(f => JsonSerializer.Deserialize<RunResult>(File.ReadAllText(f), Json)!).ToList();
        var generation = JsonSerializer.Deserialize<GenerationReport>(File.ReadAllText(Path.Combine(root, "generate.json")), Json)!;
        var generationSeconds = File.ReadAllText(Path.Combine(root, "generate.seconds")).Trim();
        var peakKb = long.Parse(File.ReadAllText(Path.Combine(root, "rss-peak.kb")).Trim());
        var afterGenerateKb = long.Parse(File.ReadAllText(Path.Combine(root, "rss-after-generate.kb")).Trim());
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        void Line(string line = "") => text.Append(line).Append('\n');

        Line($"# Benchmark: a city of {employees:N0} employees");
        Line();
        Line($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, the service at commit `{commit}`. `bash bench/run.sh --employees {employees} --duration {duration}` (bench/README.md).");
        Line();
        Line("## Machine");
        Line();
        Line($"- {Machine()}, {Environment.ProcessorCount} cores, {MemoryGb()} GB RAM, load average before the run {LoadAverage(root)}; {await ScalarAsync(database, "SELECT version()", cancellationToken)}");
        Line($"- .NET {Environment.Version}, Release build, service in Development (its own port, loopback), PostgreSQL 15 cluster of the run (defaults, pg_stat_statements); wrk, 2 threads, {duration} s per run, ABAB (API, raw, API, raw) after a 2 s warm-up of each");
        Line();
        Line("## Dataset");
        Line();
        Line($"Generation took **{generationSeconds} s** (sync over HTTP and binary COPY of the rest: {generation.BulkSeconds:F1} s). Rows:");
        Line();
        Line("| table | rows |");
        Line("|---|---:|");
        foreach (var table in new[] { "organisation_units", "employees", "employments", "competences", "competence_assessments", "competence_requirements", "development_plans", "plan_goals", "plan_activities", "trainings", "training_events", "enrolments", "teams", "team_memberships" })
        {
            Line($"| {table} | {await ScalarAsync(database, $"SELECT count(*) FROM {table}", cancellationToken):N0} |");
        }

        Line();
        Line("## S6 payroll sync (through `syncOrganisationUnits` / `syncEmployees`, one FULL batch each)");
        Line();
        Line("| run | time | received | created | updated | unchanged | rejected | status |");
        Line("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var sync in generation.Sync)
        {
            Line($"| {sync.Run} | {sync.Seconds:F2} s | {sync.Received:N0} | {sync.Created:N0} | {sync.Updated:N0} | {sync.Unchanged:N0} | {sync.Rejected:N0} | {sync.Status} |");
        }

        Line();
        Line(generation.SyncProblems.Count == 0
            ? "Checked after the runs: every person once (numbers and Entra ids distinct), every employment sent, the 2% changed and no one else, all units with their managers: **no lost or duplicated record**."
            : "**Sync check failed:** " + string.Join("; ", generation.SyncProblems));
        Line();
        Line("## Scenarios");
        Line();
        Line("req/s is the mean of the two runs; latencies (ms) are the worse of the two runs; statements and rows read are per request, counted by PostgreSQL over the runs (pg_stat_statements calls; resets are the statements Npgsql sends to reset a pooled connection: `DISCARD ALL`, or `RESET ALL`, `CLOSE ALL`, … when statements are prepared; rows read are pg_stat_database tuples returned + fetched).");
        Line();
        Line("| scenario | clients | API req/s | raw req/s | API/raw | API p50 | p95 | p99 | max | raw p50 | raw p99 | API statements/req (of which resets) | raw statements/req | API rows read/req | raw rows read/req | errors (API/raw) |");
        Line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        var rows = new List<(Scenario Scenario, int Clients, Summary Api, Summary Raw)>();
        foreach (var group in runs.GroupBy(r => (r.Scenario, r.Clients)).OrderBy(g => Array.FindIndex(Scenarios.All.ToArray(), s => s.Key == g.Key.Scenario)).ThenBy(g => g.Key.Clients))
        {
            var scenario = Scenarios.All.First(s => s.Key == group.Key.Scenario);
            var api = Summary.Of(group.Where(r => r.Target == "api"));
            var raw = Summary.Of(group.Where(r => r.Target == "raw"));
            rows.Add((scenario, group.Key.Clients, api, raw));
            Line(string.Create(culture, $"| {scenario.Title} | {group.Key.Clients} | {api.PerSecond:F1} | {raw.PerSecond:F1} | {api.PerSecond / raw.PerSecond:F2} | {Ms(api.P50)} | {Ms(api.P95)} | {Ms(api.P99)} | {Ms(api.Max)} | {Ms(raw.P50)} | {Ms(raw.P99)} | {api.Statements:F1} ({api.Resets:F1}) | {raw.Statements:F1} | {api.Tuples:N0} | {raw.Tuples:N0} | {api.Errors}/{raw.Errors} |"));
        }

        foreach (var (scenario, clients, api, raw) in rows.Where(r => r.Api.FirstError is { Length: > 0 } || r.Raw.FirstError is { Length: > 0 }))
        {
            Line();
            Line($"First error of {scenario.Key} c{clients}: API `{api.FirstError}` raw `{raw.FirstError}`");
        }

        Line();
        Line($"Peak service memory (VmHWM of the service process): **{peakKb / 1024:N0} MB** over the whole run, {afterGenerateKb / 1024:N0} MB of it reached during generation (the one-batch sync of all {employees:N0} employees).");
        Line();
        Line("## Targets (issue 11)");
        Line();
        Line("| target | measured | |");
        Line("|---|---|---|");
        Summary? Find(string key, int clients) => rows.FirstOrDefault(r => r.Scenario.Key == key && r.Clients == clients).Api is { } api ? api : null;
        double Ratio(string key, int clients) => rows.First(r => r.Scenario.Key == key && r.Clients == clients) is var r ? r.Api.PerSecond / r.Raw.PerSecond : double.NaN;
        void Target(string what, string measured, bool met) => Line($"| {what} | {measured} | {(met ? "met" : "**missed**")} |");
        foreach (var (key, clients, minimum) in new[] { ("s1", 8, 0.5), ("s2", 8, 0.5), ("s3", 8, 0.5), ("s4gaps", 8, 0.8), ("s4annual", 8, 0.8), ("s5", 8, 0.8) })
        {
            if (Find(key, clients) is not null)
            {
                var ratio = Ratio(key, clients);
                Target($"{key} ≥ {minimum} × baseline", string.Create(culture, $"{ratio:F2}"), ratio >= minimum);
            }
        }

        if (Find("s1", 16) is { } s1At16)
        {
            Target("S1 p99 < 50 ms at 16 clients", $"{Ms(s1At16.P99)} ms", s1At16.P99 < 50_000);
        }

        if (Find("s3", 8) is { } s3)
        {
            Target("S3 p99 < 200 ms", $"{Ms(s3.P99)} ms", s3.P99 < 200_000);
        }

        foreach (var key in new[] { "s4gaps", "s4annual", "s5" })
        {
            if (Find(key, 8) is { } report)
            {
                // A request still running when a run ends is in no latency: a run that finished none has missed.
                Target($"{key}: no request above 2 s", report.Completed == 0 ? "no request finished within a run" : $"max {Ms(report.Max)} ms",
                    report.Completed > 0 && report.Max < 2_000_000 && report.SocketErrors == 0);
            }
        }

        if (Find("s1", 8) is { } s1)
        {
            Target("S1 ≤ 4 SQL statements per request", string.Create(culture, $"{s1.Statements:F1}"), s1.Statements <= 4);
        }

        var full = generation.Sync.FirstOrDefault(s => s.Run.Contains("all new", StringComparison.Ordinal));
        var unchanged = generation.Sync.FirstOrDefault(s => s.Run.EndsWith("unchanged", StringComparison.Ordinal));
        if (full is not null && unchanged is not null)
        {
            Target($"S6 full sync of {employees:N0} < 30 s", $"{full.Seconds:F1} s", full.Seconds < 30);
            Target("S6 unchanged re-sync < 10 s", $"{unchanged.Seconds:F1} s", unchanged.Seconds < 10);
            Target("S6 no lost or duplicated record", generation.SyncProblems.Count == 0 ? "checked: none" : string.Join("; ", generation.SyncProblems), generation.SyncProblems.Count == 0);
        }

        Target("peak server memory < 500 MB", $"{peakKb / 1024:N0} MB", peakKb < 500 * 1024);
        Target("no failed request", $"{runs.Sum(r => r.Errors + r.SocketErrors)} errors", runs.All(r => r.Errors + r.SocketErrors == 0));
        Line();
        Line("Where a target is missed, the cause is in bench/README.md (\"Reading the results\") and the issue's list of measured causes.");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, text.ToString(), cancellationToken);
        Console.Write(text.ToString());
    }

    private static string Ms(long micros) => (micros / 1000.0).ToString(micros < 10_000 ? "F1" : "F0", CultureInfo.InvariantCulture);

    private static async Task<string> ScalarAsync(NpgsqlDataSource database, string sql, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(sql);
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? "";
    }

    private static string LoadAverage(string root) => File.Exists(Path.Combine(root, "loadavg")) ? File.ReadAllText(Path.Combine(root, "loadavg")).Trim() : "?";

    private static string Machine() =>
        File.Exists("/proc/cpuinfo") && File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) is { } model
            ? model[(model.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() : "unknown CPU";

    private static string MemoryGb() =>
        File.Exists("/proc/meminfo") && File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal)) is { } total
            ? (long.Parse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture) : "?";

    /// <summary>The runs of one scenario against one target, together.</summary>
    public sealed record Summary(long Completed, double PerSecond, long P50, long P95, long P99, long Max, double Statements, double Resets, double Tuples, long Errors, long SocketErrors, string? FirstError)
    {
        public static Summary Of(IEnumerable<RunResult> runs)
        {
            var list = runs.ToList();
            var requests = Math.Max(1, list.Sum(r => r.Requests));
            return new(list.Sum(r => r.Requests), list.Average(r => r.PerSecond), list.Max(r => r.P50), list.Max(r => r.P95), list.Max(r => r.P99), list.Max(r => r.Max),
                (double)list.Sum(r => r.Statements) / requests, (double)list.Sum(r => r.Resets) / requests, (double)list.Sum(r => r.Tuples) / requests, list.Sum(r => r.Errors), list.Sum(r => r.SocketErrors),
                list.Select(r => r.FirstError).FirstOrDefault(e => !string.IsNullOrEmpty(e)));
        }
    }
}
