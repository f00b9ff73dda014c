using System.Diagnostics;

namespace Kompetens.Api.Tests.Infrastructure;

/// <summary>
/// The built service run as a process, as a person or a container runs it (<c>dotnet Kompetens.Api.dll …</c>):
/// for command-line verbs and start-up failures that only show in a real process (exit code, stdout, stderr).
/// </summary>
public static class ApiProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string[] arguments, IReadOnlyDictionary<string, string> environment, TimeSpan? timeout = null)
    {
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [dll, .. arguments])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // Nothing from the test runner's own settings leaks into the child's configuration.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
                     || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal) || k.StartsWith("ConnectionStrings__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet Kompetens.Api.dll {string.Join(' ', arguments)} did not end: {await output}{await error}");
        }

        return new Result(process.ExitCode, await output, await error);
    }
}
