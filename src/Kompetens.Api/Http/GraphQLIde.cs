namespace Kompetens.Api.Http;

/// <summary>A small GraphQL IDE page that works offline: it loads nothing from the internet.</summary>
internal static class GraphQLIde
{
    private static readonly Lazy<byte[]> Page = new(() =>
    {
        using var stream = typeof(GraphQLIde).Assembly.GetManifestResourceStream("Kompetens.Api.Http.graphiql.html")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    });

    public static Task WriteAsync(HttpResponse response)
    {
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'";
        return response.Body.WriteAsync(Page.Value).AsTask();
    }
}
