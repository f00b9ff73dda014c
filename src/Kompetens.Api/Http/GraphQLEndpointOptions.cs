using System.ComponentModel.DataAnnotations;

namespace Kompetens.Api.Http;

/// <summary>Settings and limits of the GraphQL endpoint (section <c>GraphQL</c>); docs/security.md explains each.</summary>
public sealed class GraphQLEndpointOptions
{
    public const string Section = "GraphQL";

    /// <summary>The largest request body accepted, in bytes.</summary>
    [Range(1_024, 64 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>The longest GraphQL document accepted, in characters.</summary>
    [Range(100, 1_000_000)]
    public int MaxDocumentLength { get; set; } = 16 * 1024;

    /// <summary>How deeply fields may nest.</summary>
    [Range(2, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>The highest estimated cost of a document (fields, times list sizes from <c>first</c>/<c>last</c>).</summary>
    [Range(100, 10_000_000)]
    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>How many aliased fields a document may have (alias bombs).</summary>
    [Range(1, 10_000)]
    public int MaxAliases { get; set; } = 50;

    /// <summary>How long one request may execute.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Answer introspection queries (<c>__schema</c>, <c>__type</c>); switch off in Production if clients use the published SDL.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Serve the browser IDE at <c>GET /graphql</c> to clients that ask for HTML.</summary>
    public bool EnableIde { get; set; } = true;
}
