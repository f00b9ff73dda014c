using GraphQL;
using Kompetens.Api.Data;
using Kompetens.Api.Security;

namespace Kompetens.Api.GraphQL;

/// <summary>
/// The language a request reads texts in (sv, fi or en): for an employee their own <c>preferredLanguage</c>, the
/// choice the city recorded for them (a browser's <c>Accept-Language</c> follows the computer, not the person);
/// for everyone else the first supported language of <c>Accept-Language</c>; Swedish by default. A field's
/// <c>language</c> argument overrides both (docs/querying.md, "Languages").
/// </summary>
public static class RequestLanguage
{
    private const string Key = "language";

    /// <summary>The language of a request by <paramref name="caller"/> with this <c>Accept-Language</c> header value.</summary>
    public static string For(Caller caller, string? acceptLanguage) =>
        caller.PreferredLanguage is { } preferred && LocalizedText.Languages.Contains(preferred) ? preferred : FromAcceptLanguage(acceptLanguage);

    /// <summary>Picks the first supported language of an <c>Accept-Language</c> header value.</summary>
    public static string FromAcceptLanguage(string? header)
    {
        foreach (var part in (header ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tag = part.Split(';')[0].Split('-')[0].ToLowerInvariant();
            if (LocalizedText.Languages.Contains(tag))
            {
                return tag;
            }
        }

        return "sv";
    }

    public static void Set(IDictionary<string, object?> userContext, string language) => userContext[Key] = language;

    public static string Of(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(Key, out var value) && value is string language ? language : "sv";
}
