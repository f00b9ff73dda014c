using GraphQL.Validation;
using GraphQLParser.AST;

namespace Kompetens.Api.Http;

/// <summary>GET requests may only read: a mutation sent over GET is refused before anything runs.</summary>
public sealed class QueryOnlyOverGetRule : ValidationRuleBase
{
    public static QueryOnlyOverGetRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError($"{context.Operation.Operation} operations can only be sent with POST.") { Code = RequestErrorCodes.MutationOverGet });
        }

        return default;
    }
}
