using GraphQL;
using GraphQL.DI;
using Kompetens.GraphQL.Data.Filtering;
using Kompetens.GraphQL.Data.Nodes;
using Kompetens.GraphQL.Data.Sorting;

namespace Kompetens.GraphQL.Data;

public static class DataConventions
{
    /// <summary>Registers the graph types the data conventions generate per object type (filters, sorting, list filters).</summary>
    public static IGraphQLBuilder AddDataConventions(this IGraphQLBuilder builder)
    {
        builder.AddGraphTypes(typeof(NodeInterfaceType).Assembly);
        foreach (var generic in new[] { typeof(FilterInputGraphType<>), typeof(ListFilterInputGraphType<>), typeof(SortInputGraphType<>), typeof(EnumOperationFilterInputType<>) })
        {
            builder.Services.Register(generic, generic, ServiceLifetime.Transient);
        }

        return builder;
    }
}
