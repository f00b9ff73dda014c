using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authorization;

namespace Kompetens.Api.Security;

/// <summary>
/// Checks, before anything runs, that the caller may use every field the document selects: the policies of the
/// field and of the type it belongs to must all pass (ASP.NET Core's <see cref="IAuthorizationService"/>).
/// Default deny: a field with no policy on itself or its type, and not explicitly open, is refused. Errors carry
/// HotChocolate's codes <c>AUTH_NOT_AUTHENTICATED</c> and <c>AUTH_NOT_AUTHORIZED</c>.
/// </summary>
public sealed class AuthorizationRule : ValidationRuleBase
{
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(new Visitor());

    private sealed class Visitor : INodeVisitor
    {
        private readonly Dictionary<string, bool> decided = [];

        public async ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            if (node is not GraphQLField field || context.TypeInfo.GetFieldDef() is not { } definition || context.TypeInfo.GetParentType()?.GetNamedType() is not { } parent)
            {
                return;
            }

            // Introspection is open to every caller who got past authentication (and can be switched off).
            if (definition.Name.StartsWith("__", StringComparison.Ordinal) || parent.Name.StartsWith("__", StringComparison.Ordinal))
            {
                return;
            }

            var policies = (parent.GetPolicies() ?? []).Concat(definition.GetPolicies() ?? []).Distinct().ToList();
            if (policies.Count == 0 && !parent.IsAnonymousAllowed() && !definition.IsAnonymousAllowed())
            {
                Report(context, field, NotAuthorized, $"The field `{parent.Name}.{definition.Name}` has no access rule, so nobody may use it.");
                return;
            }

            if (policies.Count > 0 && context.User?.Identity?.IsAuthenticated != true)
            {
                Report(context, field, NotAuthenticated, "The current user is not authenticated.");
                return;
            }

            foreach (var policy in policies)
            {
                if (!await IsAllowedAsync(context, policy))
                {
                    Report(context, field, NotAuthorized, $"The current user is not authorized to access `{parent.Name}.{definition.Name}`.");
                    return;
                }
            }
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;

        private async ValueTask<bool> IsAllowedAsync(ValidationContext context, string policy)
        {
            if (!decided.TryGetValue(policy, out var allowed))
            {
                var authorization = context.RequestServices!.GetRequiredService<IAuthorizationService>();
                allowed = decided[policy] = (await authorization.AuthorizeAsync(context.User!, policy)).Succeeded;
            }

            return allowed;
        }

        private static void Report(ValidationContext context, GraphQLField field, string code, string message) =>
            context.ReportError(new ValidationError(context.Document.Source, null, message, field) { Code = code });
    }
}
