using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Kompetens.Api.Http;

/// <summary>
/// The document limits: operation types the schema has, the number of aliased fields (alias bombs multiply a
/// field's work), depth and estimated cost (GraphQL.NET's complexity analysis, code <c>COMPLEXITY</c>) and, when
/// switched off, introspection.
/// </summary>
public sealed class LimitsRule(IOptions<GraphQLEndpointOptions> options) : ValidationRuleBase
{
    public const string TooManyAliases = "MAX_ALIASES_EXCEEDED";
    public const string UnsupportedOperation = "OPERATION_TYPE_NOT_SUPPORTED";

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        // The complexity analysis cannot measure an operation the schema has no root type for.
        if (!IsSupported(context))
        {
            return default;
        }

        var limits = options.Value;
        return new ComplexityValidationRule(new ComplexityOptions { MaxDepth = limits.MaxDepth, MaxComplexity = limits.MaxComplexity })
            .GetPostNodeVisitorAsync(context);
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
