using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Kompetens.GraphQL.Data.Cost;

/// <summary>
/// The IBM cost specification's <c>@cost</c> and <c>@listSize</c>, declared and applied as HotChocolate 14 and 15 print
/// them, so that tools that read HotChocolate's schema weights read ours: 10 for a field that reads the database, a
/// <c>where</c> or <c>order</c> argument and each filter operation, 20 for text operations no index serves.
/// </summary>
public static class CostDirectives
{
    public const string Cost = "cost";
    public const string ListSize = "listSize";

    /// <summary>HotChocolate's weight of a field whose resolver reads data, of <c>where</c>/<c>order</c>, and of a filter operation.</summary>
    public const string DefaultWeight = "10";

    /// <summary>HotChocolate's weight of <c>contains</c>, <c>startsWith</c>, <c>endsWith</c> and their negations.</summary>
    public const string ExpensiveWeight = "20";

    /// <summary>Declares both directives in the schema.</summary>
    public static void RegisterCostDirectives(this ISchema schema) => schema.Directives.Register(new CostDirective(), new ListSizeDirective());

    public static TMetadataWriter WithCost<TMetadataWriter>(this TMetadataWriter element, string weight = DefaultWeight)
        where TMetadataWriter : IProvideMetadata, IMetadataWriter
        => element.ApplyDirective(Cost, "weight", weight);

    private static readonly HashSet<string> ExpensiveOperations = ["contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith"];

    /// <summary>Prices every operation of a filter input as HotChocolate does; <c>and</c>/<c>or</c> cost nothing in themselves.</summary>
    public static void PriceOperations(this IInputObjectGraphType filter)
    {
        foreach (var field in filter.Fields.Where(f => f.Name is not ("and" or "or")))
        {
            field.WithCost(ExpensiveOperations.Contains(field.Name) ? ExpensiveWeight : DefaultWeight);
        }
    }

    /// <summary><c>@listSize</c> of a cursor connection: sized by <c>first</c>/<c>last</c>, at most <paramref name="maxPageSize"/> items in <c>edges</c> and <c>nodes</c>.</summary>
    public static FieldType WithConnectionListSize(this FieldType field, int maxPageSize, int defaultPageSize) =>
        field.ApplyDirective(ListSize, directive => directive
            .AddArgument(new DirectiveArgument("assumedSize") { Value = maxPageSize })
            .AddArgument(new DirectiveArgument("slicingArguments") { Value = new[] { "first", "last" } })
            .AddArgument(new DirectiveArgument("slicingArgumentDefaultValue") { Value = defaultPageSize })
            .AddArgument(new DirectiveArgument("sizedFields") { Value = new[] { "edges", "nodes" } })
            .AddArgument(new DirectiveArgument("requireOneSlicingArgument") { Value = false }));

    /// <summary><c>@listSize</c> of an offset collection segment: sized by <c>take</c>, at most <paramref name="maxPageSize"/> items in <c>items</c>.</summary>
    public static FieldType WithSegmentListSize(this FieldType field, int maxPageSize, int defaultPageSize) =>
        field.ApplyDirective(ListSize, directive => directive
            .AddArgument(new DirectiveArgument("assumedSize") { Value = maxPageSize })
            .AddArgument(new DirectiveArgument("slicingArguments") { Value = new[] { "take" } })
            .AddArgument(new DirectiveArgument("slicingArgumentDefaultValue") { Value = defaultPageSize })
            .AddArgument(new DirectiveArgument("sizedFields") { Value = new[] { "items" } })
            .AddArgument(new DirectiveArgument("requireOneSlicingArgument") { Value = false }));
}

/// <summary>HotChocolate's <c>directive @cost(weight: String!)</c>.</summary>
public sealed class CostDirective : Directive
{
    /// <summary>Listed by introspection too, so that a client schema built from it equals the printed SDL.</summary>
    public override bool? Introspectable => true;

    public CostDirective()
        : base(CostDirectives.Cost, DirectiveLocation.Scalar, DirectiveLocation.Object, DirectiveLocation.FieldDefinition,
            DirectiveLocation.ArgumentDefinition, DirectiveLocation.Enum, DirectiveLocation.InputFieldDefinition)
    {
        Description = "The purpose of the `cost` directive is to define a `weight` for GraphQL types, fields, and arguments. Static analysis can use these weights when calculating the overall cost of a query or response.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = "weight",
            Description = "The `weight` argument defines what value to add to the overall cost for every appearance, or possible appearance, of a type, field, argument, etc.",
        });
    }
}

/// <summary>HotChocolate's <c>directive @listSize(…)</c>.</summary>
public sealed class ListSizeDirective : Directive
{
    /// <summary>Listed by introspection too, so that a client schema built from it equals the printed SDL.</summary>
    public override bool? Introspectable => true;

    public ListSizeDirective()
        : base(CostDirectives.ListSize, DirectiveLocation.FieldDefinition)
    {
        Description = "The purpose of the `@listSize` directive is to either inform the static analysis about the size of returned lists (if that information is statically available), or to point the analysis to where to find that information.";
        Arguments = new QueryArguments(
            new QueryArgument<IntGraphType> { Name = "assumedSize", Description = "The `assumedSize` argument can be used to statically define the maximum length of a list returned by a field." },
            new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>>
            {
                Name = "slicingArguments",
                Description = "The `slicingArguments` argument can be used to define which of the field's arguments with numeric type are slicing arguments, so that their value determines the size of the list returned by that field. It may specify a list of multiple slicing arguments.",
            },
            new QueryArgument<IntGraphType>
            {
                Name = "slicingArgumentDefaultValue",
                Description = "The `slicingArgumentDefaultValue` argument can be used to define a default value for a slicing argument, which is used if the argument is not present in a query.",
            },
            new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>>
            {
                Name = "sizedFields",
                Description = "The `sizedFields` argument can be used to define that the value of the `assumedSize` argument or of a slicing argument does not affect the size of a list returned by a field itself, but that of a list returned by one of its sub-fields.",
            },
            new QueryArgument<NonNullGraphType<BooleanGraphType>>
            {
                Name = "requireOneSlicingArgument",
                DefaultValue = true,
                Description = "The `requireOneSlicingArgument` argument can be used to inform the static analysis that it should expect that exactly one of the defined slicing arguments is present in a query. If that is not the case (i.e., if none or multiple slicing arguments are present), the static analysis may throw an error.",
            });
    }
}
