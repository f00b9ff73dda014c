using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Kompetens.Api.Http;

/// <summary>
/// The document limits that GraphQL.NET's complexity analyzer does not cover: the number of aliased fields
/// (alias bombs multiply a field's work) and, when switched off, introspection.
/// </summary>
public sealed class LimitsRule(IOptions<GraphQLEndpointOptions> options) : ValidationRuleBase
{
    public const string TooManyAliases = "MAX_ALIASES_EXCEEDED";

    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
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
