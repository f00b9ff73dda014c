using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Kompetens.Api.Domain;

/// <summary>
/// The service's settings are checked once, before it starts or runs a command: a missing or invalid setting ends the
/// process with one line on standard error naming it as an environment variable (<c>AzureAd__TenantId: …</c>) and
/// exit code 1 — never a stack trace (the host checks them: <c>Hosting/SettingsCheck.cs</c>). Each feature declares its
/// options with <see cref="ValidateSettings{T}"/>.
/// </summary>
public static partial class Settings
{
    /// <summary>Checks <typeparamref name="T"/>'s data annotations at start-up, naming failures by their setting under <paramref name="section"/>.</summary>
    public static OptionsBuilder<T> ValidateSettings<T>(this OptionsBuilder<T> options, string section)
        where T : class
    {
        options.Services.AddSingleton<IValidateOptions<T>>(new AnnotationsValidator<T>(options.Name, section));
        return options.ValidateOnStart();
    }

    /// <summary>The environment-variable spelling of a setting: <c>AzureAd:TenantId</c> → <c>AzureAd__TenantId</c>.</summary>
    public static string Name(string path) => path.Replace(":", "__", StringComparison.Ordinal);

    /// <summary>What a person needs to read of a settings failure, or null when <paramref name="ex"/> is no settings failure.</summary>
    public static string? Describe(Exception ex) => ex switch
    {
        OptionsValidationException validation => string.Join("; ", validation.Failures.Distinct()),
        AggregateException aggregate when aggregate.InnerExceptions.Select(Describe).ToList() is var parts && parts.All(p => p is not null) =>
            string.Join("; ", parts),
        // The configuration binder's own failure: a value that does not convert to the option's type.
        InvalidOperationException conversion when ConversionFailure().Match(conversion.Message) is { Success: true } match =>
            $"{Name(match.Groups["path"].Value)}: not a valid {match.Groups["type"].Value.Split('.')[^1]}",
        _ => null,
    };

    [GeneratedRegex(@"^Failed to convert configuration value (?:'(?<value>[^']*)' )?at '(?<path>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex ConversionFailure();

    private sealed class AnnotationsValidator<T>(string? name, string section) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? optionsName, T options)
        {
            if (name is not null && name != optionsName)
            {
                return ValidateOptionsResult.Skip;
            }

            var results = new List<ValidationResult>();
            return Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(results.Select(r =>
                    $"{string.Join(", ", r.MemberNames.DefaultIfEmpty("").Select(m => Name(m.Length == 0 ? section : $"{section}:{m}")))}: {r.ErrorMessage}"));
        }
    }
}
