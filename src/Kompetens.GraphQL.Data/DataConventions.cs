using GraphQL;
using GraphQL.DI;
using Kompetens.GraphQL.Data.Cost;
using Kompetens.GraphQL.Data.Filtering;
using Kompetens.GraphQL.Data.Limits;
using Kompetens.GraphQL.Data.Nodes;
using Kompetens.GraphQL.Data.Sorting;

namespace Kompetens.GraphQL.Data;

public static class DataConventions
{
    /// <summary>
    /// Registers the graph types the data conventions generate per object type (filters, sorting, list filters) and
    /// the bounds on <c>where</c> and <c>order</c> values (<see cref="InputLimits.Default"/> unless given), which a
    /// validation rule checks for the whole request before anything runs.
    /// </summary>
    public static IGraphQLBuilder AddDataConventions(this IGraphQLBuilder builder, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        builder.Services.Register(typeof(InputLimits), limits, replace: true);
        builder.AddValidationRule(new InputLimitsRule(limits), useForCachedDocuments: true);
        builder.AddGraphTypes(typeof(NodeInterfaceType).Assembly);
        builder.ConfigureSchema(schema => schema.RegisterCostDirectives());
        foreach (var generic in new[] { typeof(FilterInputGraphType<>), typeof(ListFilterInputGraphType<>), typeof(SortInputGraphType<>), typeof(EnumOperationFilterInputType<>) })
        {
            builder.Services.Register(generic, generic, ServiceLifetime.Transient);
        }

        return builder;
    }
}
