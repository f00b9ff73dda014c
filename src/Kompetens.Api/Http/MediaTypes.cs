using Microsoft.Net.Http.Headers;

namespace Kompetens.Api.Http;

/// <summary>Content negotiation as the GraphQL-over-HTTP spec describes it.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response media type for an <c>Accept</c> header: <c>application/graphql-response+json</c> only when
    /// the client names it first (by quality, then order); <c>application/json</c> for <c>application/json</c>,
    /// wildcards or no header; null when the client accepts neither.
    /// </summary>
    public static string? Negotiate(IList<string> accept)
    {
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return Json;
        }

        foreach (var range in ranges.OrderByDescending(r => r.Quality ?? 1.0))
        {
            if (range.Quality == 0)
            {
                continue;
            }

            var type = range.MediaType.Value?.ToLowerInvariant();
            switch (type)
            {
                case GraphQLResponse:
                    return GraphQLResponse;
                case Json or "*/*" or "application/*":
                    return Json;
            }
        }

        return null;
    }

    /// <summary>True when the request body is declared as JSON (any parameters such as charset allowed).</summary>
    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && string.Equals(parsed.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a browser asks for a page rather than data.</summary>
    public static bool WantsHtml(IList<string> accept) =>
        MediaTypeHeaderValue.TryParseList(accept, out var ranges) && ranges.Any(r => string.Equals(r.MediaType.Value, "text/html", StringComparison.OrdinalIgnoreCase));
}
