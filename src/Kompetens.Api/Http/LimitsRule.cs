using System.Collections;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Kompetens.Api.Http;

/// <summary>
/// The document limits: operation types the schema has, the number of aliased fields (alias bombs multiply a
/// field's work), depth and estimated cost (GraphQL.NET's complexity analysis, code <c>COMPLEXITY</c>, with
/// introspection and filters priced as described in docs/security.md), the shape of introspection queries and,
/// when switched off, introspection.
/// </summary>
public sealed class LimitsRule(IOptions<GraphQLEndpointOptions> options) : ValidationRuleBase
{
    public const string TooManyAliases = "MAX_ALIASES_EXCEEDED";
    public const string UnsupportedOperation = "OPERATION_TYPE_NOT_SUPPORTED";
    public const string IntrospectionTooDeep = "MAX_INTROSPECTION_DEPTH";

    /// <summary>HotChocolate's filter costs: the <c>where</c> argument, each operation, and text operations that cannot use an index.</summary>
    public const double FilterArgumentCost = 10, FilterOperationCost = 10, ExpensiveFilterOperationCost = 20;

    private static readonly HashSet<string> ExpensiveOperations = ["contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith"];

    /// <summary>The introspection fields that lead back to a list of types; the standard query uses each at most once per path.</summary>
    private static readonly HashSet<string> RecursiveIntrospectionFields = ["fields", "inputFields", "interfaces", "possibleTypes"];

    /// <summary>How deeply <c>ofType</c> may nest: graphql-js's standard query nests it 9 times; HotChocolate allows 16.</summary>
    public const int MaxOfTypeDepth = 16;

    private static readonly Func<FieldImpactContext, FieldComplexityResult> StandardImpact = new ComplexityOptions().DefaultComplexityImpactDelegate;

    /// <summary>The <c>UserContext</c> key under which the handler asks for the cost (<c>GraphQL-Cost: report</c>) and finds it.</summary>
    public const string CostReportKey = "kompetens:operation-cost";

    public override async ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        // The complexity analysis cannot measure an operation the schema has no root type for.
        if (!IsSupported(context))
        {
            return null;
        }

        // GraphQL.NET's complexity rule measures the document right here and returns no visitor of its own.
        var fieldCost = await FieldCostRule(context).GetPostNodeVisitorAsync(context);
        var typeCost = context.UserContext.TryGetValue(CostReportKey, out var value) && value is OperationCost report && !context.HasErrors
            ? await TypeCostRule(report).GetPostNodeVisitorAsync(context)
            : null;
        return (fieldCost, typeCost) switch
        {
            ({ } first, { } second) => new NodeVisitors(first, second),
            _ => fieldCost ?? typeCost,
        };
    }

    /// <summary>
    /// HotChocolate's <c>typeCost</c>: how many objects the operation may return — 1 per object-typed field, times the
    /// list sizes above it (<c>first</c>/<c>last</c>, or GraphQL.NET's default of 1 per list without them).
    /// </summary>
    private static ComplexityValidationRule TypeCostRule(OperationCost report) => new(new ComplexityOptions
    {
        MaxDepth = int.MaxValue,
        MaxComplexity = int.MaxValue,
        DefaultComplexityImpactDelegate = field =>
        {
            var standard = StandardImpact(field);
            if (IsIntrospection(field) || global::GraphQL.GraphQLExtensions.GetNamedType(field.FieldDefinition.ResolvedType!) is not global::GraphQL.Types.IComplexGraphType)
            {
                return new FieldComplexityResult(0, IsIntrospection(field) ? 1 : standard.ChildImpactMultiplier);
            }

            // A list of objects returns as many objects as its children are multiplied by.
            var isList = field.FieldDefinition.ResolvedType is global::GraphQL.Types.ListGraphType
                || field.FieldDefinition.ResolvedType is global::GraphQL.Types.NonNullGraphType { ResolvedType: global::GraphQL.Types.ListGraphType };
            return new FieldComplexityResult(isList ? standard.ChildImpactMultiplier : 1, standard.ChildImpactMultiplier);
        },
        ValidateComplexityDelegate = result =>
        {
            report.TypeCost = result.TotalImpact;
            return Task.CompletedTask;
        },
    });

    private ComplexityValidationRule FieldCostRule(ValidationContext context)
    {
        var limits = options.Value;
        var introspectionRefused = false;
        return new ComplexityValidationRule(new ComplexityOptions
        {
            MaxDepth = limits.MaxDepth,
            MaxComplexity = limits.MaxComplexity,
            ValidateComplexityDelegate = result =>
            {
                if (result.ValidationContext.UserContext.TryGetValue(CostReportKey, out var value) && value is OperationCost report)
                {
                    report.FieldCost = result.TotalImpact;
                }

                return Task.CompletedTask;
            },
            DefaultComplexityImpactDelegate = field =>
            {
                // GraphQL.NET's visitors never look at the token; the cost analysis walks every fragment spread, so
                // this is where the validation timeout and the client's disconnect must be noticed.
                field.ValidationContext.CancellationToken.ThrowIfCancellationRequested();
                if (IsIntrospection(field))
                {
                    if (!introspectionRefused && !IsBoundedIntrospection(field))
                    {
                        introspectionRefused = true;
                        field.ValidationContext.ReportError(new ValidationError(field.ValidationContext.Document.Source, null,
                            $"Introspection may follow `fields`, `inputFields`, `interfaces` and `possibleTypes` once per path and nest `ofType` {MaxOfTypeDepth} times.",
                            field.FieldAst) { Code = IntrospectionTooDeep });
                    }

                    // The schema, not the client, decides how long introspection lists are, so they multiply nothing:
                    // each introspection field costs 1, and the shape check above keeps the answer proportional to the schema.
                    return new FieldComplexityResult(1, 1);
                }

                var standard = StandardImpact(field);
                return new FieldComplexityResult(standard.FieldImpact + FilterCost(field), standard.ChildImpactMultiplier);
            },
        });
    }

    private static bool IsIntrospection(FieldImpactContext field) =>
        field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || field.ParentType.Name.StartsWith("__", StringComparison.Ordinal);

    /// <summary>True unless the path from <c>__schema</c>/<c>__type</c> to this field repeats a recursive field or nests <c>ofType</c> too deeply.</summary>
    private static bool IsBoundedIntrospection(FieldImpactContext field)
    {
        var recursive = new HashSet<string>();
        var ofType = 0;
        // Every field below __schema or __type is an introspection field; walk up to it.
        for (FieldImpactContext? current = field; current is { } step && step.FieldDefinition.Name is not ("__schema" or "__type"); current = step.Parent)
        {
            var name = step.FieldDefinition.Name;
            if (name == "ofType" && ++ofType > MaxOfTypeDepth)
            {
                return false;
            }

            if (RecursiveIntrospectionFields.Contains(name) && !recursive.Add(name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The cost of a <c>where</c> argument, as HotChocolate prices filters: 10 for the argument, 10 for each
    /// operation (<c>eq</c>, <c>in</c>, <c>gt</c>, <c>some</c>, <c>and</c>, <c>or</c>, …) and 20 for text operations
    /// that scan (<c>contains</c>, <c>startsWith</c>, <c>endsWith</c> and their negations). The value is the coerced
    /// argument, so literals and variables cost the same. Like every field's cost it is multiplied by the sizes of the
    /// lists above the field.
    /// </summary>
    internal static double FilterCost(FieldImpactContext field) =>
        field.Arguments?.TryGetValue("where", out var where) == true && where.Value is IDictionary<string, object?> filter
            ? FilterArgumentCost + Operations(filter)
            : 0;

    private static double Operations(IDictionary<string, object?> filter)
    {
        double cost = 0;
        foreach (var (name, value) in filter)
        {
            switch (value)
            {
                case IDictionary<string, object?> nested:
                    // A relation or a field's operations: free in itself, priced by what it holds.
                    cost += Operations(nested);
                    break;
                case IEnumerable items and not string when name is "and" or "or":
                    cost += FilterOperationCost + items.OfType<IDictionary<string, object?>>().Sum(Operations);
                    break;
                default:
                    cost += ExpensiveOperations.Contains(name) ? ExpensiveFilterOperationCost : FilterOperationCost;
                    break;
            }
        }

        return cost;
    }

    private static bool IsSupported(ValidationContext context) => context.Operation.Operation switch
    {
        OperationType.Query => true,
        OperationType.Mutation => context.Schema.Mutation is not null,
        _ => context.Schema.Subscription is not null,
    };

    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (!IsSupported(context))
        {
            context.ReportError(new ValidationError(context.Document.Source, null, $"This API has no {context.Operation.Operation.ToString().ToLowerInvariant()} operations.", context.Operation) { Code = UnsupportedOperation });
            return null;
        }

        var limits = options.Value;
        var count = 0;
        var aliases = new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Alias is not null && ++count == limits.MaxAliases + 1)
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, null, $"The document has more than {limits.MaxAliases} aliased fields.", field) { Code = TooManyAliases });
            }
        });

        return limits.EnableIntrospection || await NoIntrospectionValidationRule.Instance.GetPreNodeVisitorAsync(context) is not { } introspection
            ? aliases
            : new NodeVisitors(aliases, introspection);
    }
}

/// <summary>The computed cost of an operation, reported in <c>extensions.operationCost</c> when the request asks with <c>GraphQL-Cost: report</c>.</summary>
public sealed class OperationCost
{
    /// <summary>The estimated cost that the <c>MaxComplexity</c> limit is checked against (fields times list sizes, filters priced).</summary>
    public double FieldCost { get; set; }

    /// <summary>How many objects the operation may return.</summary>
    public double TypeCost { get; set; }
}
