using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Data;

namespace Kompetens.Api.Hosting;

/// <summary>
/// Command-line verbs besides serving: <c>schema export --output FILE</c> writes the SDL contract;
/// <c>migrate</c> applies database migrations (the only way they are applied outside Development).
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

    private static string? OptionValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
