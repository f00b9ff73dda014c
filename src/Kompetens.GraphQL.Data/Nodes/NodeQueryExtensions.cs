using GraphQL;
using GraphQL.Types;
using Kompetens.GraphQL.Data.Cost;
using Kompetens.GraphQL.Data.Errors;
using Kompetens.GraphQL.Data.Ids;

namespace Kompetens.GraphQL.Data.Nodes;

/// <summary>Adds Relay's <c>node(id:)</c> and <c>nodes(ids:)</c> to a query type, as HotChocolate does.</summary>
public static class NodeQueryExtensions
{
    /// <summary>HotChocolate's default <c>MaxAllowedNodeBatchSize</c>.</summary>
    public const int DefaultMaxBatchSize = 50;

    public static void AddNodeFields(this ObjectGraphType query, int maxBatchSize = DefaultMaxBatchSize)
    {
        query.Field<NodeInterfaceType>("node")
            .Description("Fetches an object given its ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "ID of the object.")
            .Resolve(context => Load(context, context.GetArgument<string>("id")))
            .FieldType.WithCost();

        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceType>>>("nodes")
            .Description($"Lookup nodes by a list of IDs (at most {maxBatchSize}).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The list of node IDs.")
            .Resolve(context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > maxBatchSize)
                {
                    throw new ExecutionError($"At most {maxBatchSize} ids can be fetched at once; {ids.Count} were given.") { Code = DataErrorCodes.NodeBatchTooLarge };
                }

                return ids.Select(id => Load(context, id)).ToList();
            })
            .FieldType.WithCost();
    }

    private static object? Load(IResolveFieldContext context, string globalId)
    {
        if (!GlobalId.TryParse(globalId, out var typeName, out var key) || context.Schema.AllTypes[typeName] is not INodeType nodeType)
        {
            throw new ExecutionError($"'{globalId}' is not a valid ID.") { Code = DataErrorCodes.IdInvalid };
        }

        return nodeType.LoadNode(context, key);
    }
}
