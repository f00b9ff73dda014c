using Microsoft.Extensions.Options;

namespace Kompetens.Api.Http;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Maps <c>GET</c> and <c>POST /graphql</c>, and GraphiQL's files at <c>/graphiql/*</c> while the IDE is on.</summary>
    public static IEndpointConventionBuilder MapKompetensGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        endpoints.MapGet(GraphQLIde.AssetPath + "/{file}", (HttpContext http, string file, IOptions<GraphQLEndpointOptions> options) =>
            options.Value.EnableIde ? GraphQLIde.WriteAssetAsync(http, file) : Results.NotFound().ExecuteAsync(http));
        return endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], (HttpContext http, GraphQLHttpHandler handler) => handler.HandleAsync(http))
            .RequireRateLimiting(Security.SecurityServiceCollectionExtensions.RateLimitPolicy);
    }
}
