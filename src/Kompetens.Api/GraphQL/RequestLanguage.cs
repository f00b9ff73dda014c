using GraphQL;

namespace Kompetens.Api.GraphQL;

/// <summary>The language a request reads texts in: sv, fi or en, from <c>Accept-Language</c>; Swedish by default.</summary>
public static class RequestLanguage
{
    private const string Key = "language";
    private static readonly string[] Supported = ["sv", "fi", "en"];

    /// <summary>Picks the first supported language of an <c>Accept-Language</c> header value.</summary>
    public static string FromAcceptLanguage(string? header)
    {
        foreach (var part in (header ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tag = part.Split(';')[0].Split('-')[0].ToLowerInvariant();
            if (Supported.Contains(tag))
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
