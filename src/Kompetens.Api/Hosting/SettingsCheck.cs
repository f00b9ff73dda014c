using Kompetens.Api.Domain;
using Microsoft.Extensions.Options;

namespace Kompetens.Api.Hosting;

/// <summary>The start-up check of every declared setting (<see cref="Settings"/>), before the host starts or a verb runs.</summary>
public static class SettingsCheck
{
    /// <summary>
    /// Validates every declared setting; on failure writes one line to standard error, sets exit code 1 and returns false.
    /// Runs after <c>Build()</c>, before the host starts, so nothing else is logged first.
    /// </summary>
    public static bool AreValid(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            return true;
        }
        catch (Exception ex) when (Settings.Describe(ex) is { } problems)
        {
            Console.Error.WriteLine($"Kompetens.Api cannot start, check its settings: {problems}");
            Environment.ExitCode = 1;
            return false;
        }
    }
}
