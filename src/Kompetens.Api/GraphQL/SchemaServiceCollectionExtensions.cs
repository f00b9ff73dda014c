using GraphQL;
using Kompetens.GraphQL.Data;
using Kompetens.GraphQL.Data.Batching;
using Kompetens.GraphQL.Data.Querying;

namespace Kompetens.Api.GraphQL;

public static class SchemaServiceCollectionExtensions
{
    /// <summary>The schema the features compose, the data conventions, and the per-request services resolvers use.</summary>
    public static IServiceCollection AddKompetensSchema(this IServiceCollection services)
    {
        services.AddScoped<IQuerySessionFactory, QuerySessions>();
        services.AddScoped<BatchLoaderRegistry>();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<KompetensSchema>()
            .AddGraphTypes(typeof(KompetensSchema).Assembly)
            .AddDataConventions()
            // Mutation inputs are plain classes; nested ones (a plan's goals) get their input types from their CLR type.
            .AddAutoClrMappings(mapInputTypes: true, mapOutputTypes: false));
        return services;
    }
}
