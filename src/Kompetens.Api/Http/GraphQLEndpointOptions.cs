using System.ComponentModel.DataAnnotations;

namespace Kompetens.Api.Http;

/// <summary>Settings of the GraphQL endpoint (section <c>GraphQL</c>).</summary>
public sealed class GraphQLEndpointOptions
{
    public const string Section = "GraphQL";

    /// <summary>The largest request body accepted, in bytes.</summary>
    [Range(1_024, 64 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Serve the browser IDE at <c>GET /graphql</c> to clients that ask for HTML.</summary>
    public bool EnableIde { get; set; } = true;
}
