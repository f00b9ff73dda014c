using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Kompetens.Api.Http;

/// <summary>
/// Adds the two pieces of the current introspection (graphql-js 16's <c>getIntrospectionQuery</c> with
/// <c>specifiedByUrl</c> and <c>inputValueDeprecation</c>) that GraphQL.NET 8 lacks even with its
/// <c>RepeatableDirectives</c> and <c>DeprecationOfInputValues</c> features on: <c>__Type.specifiedByURL</c> (this
/// API's scalars link to no specification, so it is always null) and the <c>includeDeprecated</c> argument of
/// <c>__Directive.args</c> (no directive argument is deprecated, so it changes nothing). Runs while the schema is
/// initialised, before it is validated.
/// </summary>
public sealed class IntrospectionCompletion : BaseSchemaNodeVisitor
{
    public override void VisitSchema(ISchema schema)
    {
        if (schema.AllTypes["__Type"] is IObjectGraphType type && type.GetField("specifiedByURL") is null)
        {
            type.AddField(new FieldType
            {
                Name = "specifiedByURL",
                Description = "A URL to the specification of a custom scalar's behaviour; none here.",
                ResolvedType = schema.AllTypes["String"],
                Resolver = new FuncFieldResolver<object?>(_ => null),
            });
        }

        if (schema.AllTypes["__Directive"] is IObjectGraphType directive && directive.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= [];
            args.Arguments.Add(new QueryArgument(schema.AllTypes["Boolean"]!) { Name = "includeDeprecated", DefaultValue = false });
        }
    }
}
