using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Kompetens.GraphQL.Data.Limits;

/// <summary>
/// Refuses a request whose <c>where</c> or <c>order</c> values exceed <see cref="InputLimits"/> during validation —
/// once the variables are parsed and before anything runs — counting the conditions of all its filters together.
/// </summary>
public sealed class InputLimitsRule(InputLimits limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.ArgumentValues is null)
        {
            return default;
        }

        var nodes = 0;
        var refused = false;
        return new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (refused || ctx.TypeInfo.GetFieldDef() is not { Arguments: { } arguments } || ctx.ArgumentValues?.TryGetValue(field, out var values) != true)
            {
                return;
            }

            foreach (var argument in arguments)
            {
                if (argument.ResolvedType?.GetNamedType().GetBoundedInput() is not { } kind || !values!.TryGetValue(argument.Name, out var value))
                {
                    continue;
                }

                var refusal = kind == BoundedInput.Filter ? InputBounds.Filter(value.Value, limits, ref nodes) : InputBounds.Sort(value.Value, limits);
                if (refusal is not null)
                {
                    refused = true;
                    ctx.ReportError(new ValidationError(ctx.Document.Source, null, refusal.Message, field) { Code = refusal.Code });
                    return;
                }
            }
        }));
    }
}
