using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Data;

namespace Kompetens.Api.Hosting;

/// <summary>
/// Command-line verbs besides serving: <c>schema export --output FILE</c> writes the SDL contract;
/// <c>migrate</c> applies database migrations (the only way they are applied outside Development);
/// <c>health</c> asks the running service, at the address it listens on (<see cref="ListeningAddress"/>), whether it is live (the container's health check: no curl needed);
/// <c>token [--role R]… [--scope S] [--claim name=value]… [--name N]</c> prints a Development token (DevelopmentTokens).
/// </summary>
public static class Commands
{
    /// <summary>Runs the command in <paramref name="args"/>, if any; false when the service should start.</summary>
    public static async Task<bool> TryRunCommandAsync(this WebApplication app, string[] args)
    {
        switch (args)
        {
            case ["schema", "export", ..]:
                var output = Path.Combine(RepositoryRoot.Find(Environment.CurrentDirectory), OptionValue(args, "--output") ?? "schema/schema.graphql");
                await File.WriteAllTextAsync(output, PrintSchema(app.Services));
                Console.WriteLine($"Wrote the schema to {output}");
                return true;
            case ["migrate", ..]:
                await app.Services.GetRequiredService<DatabaseStartup>().MigrateAsync(CancellationToken.None);
                return true;
            case ["token", ..]:
                if (!app.Environment.IsDevelopment())
                {
                    await Console.Error.WriteLineAsync("token: development tokens are accepted only in the Development environment.");
                    Environment.ExitCode = 1;
                    return true;
                }

                var token = DevelopmentTokens.Create(app.Configuration, OptionValue(args, "--name") ?? "developer",
                    OptionValues(args, "--role"), OptionValue(args, "--scope"), OptionValues(args, "--claim"));
                if (token is null)
                {
                    await Console.Error.WriteLineAsync("token: no signing key in Authentication:Schemes:DevJwt:SigningKeys (compose.yaml passes one; locally use dotnet user-jwts).");
                    Environment.ExitCode = 1;
                    return true;
                }

                Console.WriteLine(token);
                return true;
            case ["health", ..]:
                Environment.ExitCode = await IsLiveAsync(app.Configuration) ? 0 : 1;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The schema as SDL with descriptions, exactly as <c>schema/schema.graphql</c> holds it.</summary>
    public static string PrintSchema(IServiceProvider services)
    {
        var schema = services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.Print(new() { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    /// <summary>
    /// Where the service listens, read from the same settings Kestrel reads, in its order: <c>urls</c>
    /// (<c>ASPNETCORE_URLS</c>, <c>--urls</c>), <c>http_ports</c>, <c>https_ports</c>, the first Kestrel endpoint, else
    /// Kestrel's default. Wildcard hosts become the loopback address.
    /// </summary>
    public static Uri ListeningAddress(IConfiguration configuration)
    {
        var address = FirstOf(configuration["urls"])
            ?? Port("http", configuration["http_ports"])
            ?? Port("https", configuration["https_ports"])
            ?? configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u))
            ?? "http://localhost:5000";
        foreach (var wildcard in new[] { "://+", "://*", "://0.0.0.0", "://[::]" })
        {
            address = address.Replace(wildcard, "://127.0.0.1", StringComparison.Ordinal);
        }

        return new Uri(address.TrimEnd('/') + "/");

        static string? Port(string scheme, string? ports) => FirstOf(ports) is { } port ? $"{scheme}://localhost:{port}" : null;

        static string? FirstOf(string? list) => list?.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
    }

    private static async Task<bool> IsLiveAsync(IConfiguration configuration)
    {
        var probe = new Uri(ListeningAddress(configuration), "health/live");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(probe);
            Console.WriteLine($"{probe}: {(int)response.StatusCode} {response.StatusCode}");
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"{probe}: no answer ({ex.Message})");
            return false;
        }
    }

    /// <summary>Every value of an option that may be repeated (<c>--role A --role B</c>).</summary>
    private static string[] OptionValues(string[] args, string name) =>
        [.. args.Select((arg, i) => (arg, i)).Where(a => a.arg == name && a.i + 1 < args.Length).Select(a => args[a.i + 1])];

    private static string? OptionValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
