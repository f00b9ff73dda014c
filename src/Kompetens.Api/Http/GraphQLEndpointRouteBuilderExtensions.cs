namespace Kompetens.Api.Http;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Maps <c>GET</c> and <c>POST /graphql</c>.</summary>
    public static IEndpointConventionBuilder MapKompetensGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], (HttpContext http, GraphQLHttpHandler handler) => handler.HandleAsync(http))
            .RequireRateLimiting(Security.SecurityServiceCollectionExtensions.RateLimitPolicy);
}
