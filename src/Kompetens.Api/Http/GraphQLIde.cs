using System.Collections.Frozen;
using System.Text.Json;

namespace Kompetens.Api.Http;

/// <summary>
/// GraphiQL, from its npm package, built into <c>Http/graphiql/</c> (Http/GraphiQL.Build) and embedded: the page at
/// <c>GET /graphql</c> for browsers and its files at <c>/graphiql/*</c>. It loads nothing from the internet. In
/// Development the page comes with an example query and says how to make a token.
/// </summary>
internal static class GraphQLIde
{
    public const string AssetPath = "/graphiql";

    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; worker-src 'self'; connect-src 'self'";

    private const string DevelopmentQuery = """
        # Every request needs a token in Headers (below). Make one in a terminal at the repository root:
        #   dotnet user-jwts create --project src/Kompetens.Api --scheme DevJwt --name hr --role Kompetens.Admin --claim idtyp=app --output token
        # then press the play button (Ctrl+Enter). The Docs button (book icon, left) shows the schema.
        query Employees {
          employees(first: 3) {
            totalCount
            nodes { id employeeNumber givenName familyName organisationUnit { name { text } } }
          }
        }

        """;

    private const string TokenHelp =
        "Development: make a token with `dotnet user-jwts create --project src/Kompetens.Api --scheme DevJwt --name hr --role Kompetens.Admin --claim idtyp=app --output token` (see README).";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
    }.ToFrozenDictionary();

    private static readonly Lazy<string> Page = new(() => System.Text.Encoding.UTF8.GetString(Read("Kompetens.Api.Http.graphiql.html")!));

    public static Task WriteAsync(HttpContext http, string endpoint)
    {
        var development = http.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment();
        var config = JsonSerializer.Serialize(new
        {
            endpoint,
            defaultQuery = development ? DevelopmentQuery : null,
            defaultHeaders = "{\n  \"Authorization\": \"Bearer <token>\"\n}",
            tokenHelp = development ? TokenHelp : null,
        });
        var response = http.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        // System.Text.Json escapes '<' and '>', so the settings cannot end the script element they sit in.
        return response.WriteAsync(Page.Value.Replace("{{CONFIG}}", config, StringComparison.Ordinal), http.RequestAborted);
    }

    /// <summary>One of GraphiQL's built files, or 404.</summary>
    public static async Task WriteAssetAsync(HttpContext http, string file)
    {
        var bytes = ContentTypes.TryGetValue(Path.GetExtension(file), out var contentType) ? Read("graphiql/" + file) : null;
        if (bytes is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = contentType;
        http.Response.Headers.CacheControl = "public, max-age=3600";
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]?> Resources = new(StringComparer.Ordinal);

    private static byte[]? Read(string name) => Resources.GetOrAdd(name, static n =>
    {
        using var stream = typeof(GraphQLIde).Assembly.GetManifestResourceStream(n);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    });
}
