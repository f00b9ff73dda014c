using System.Collections;
using System.Collections.Concurrent;
using MaxLengthAttribute = System.ComponentModel.DataAnnotations.MaxLengthAttribute;
using StringLengthAttribute = System.ComponentModel.DataAnnotations.StringLengthAttribute;
using System.Reflection;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Kompetens.Api.Http;

/// <summary>
/// Refuses, before anything runs, any text argument or input field longer than allowed, whether it is written in
/// the document or sent in the variables: a long <c>search</c> or filter text costs the database seconds per list.
/// The limit of a value is <see cref="GraphQLEndpointOptions.MaxSearchLength"/> for <c>search</c>; else the
/// <c>[MaxLength]</c>/<c>[StringLength]</c> of the mutation input's CLR property (matching its database column);
/// else the limit of the enclosing value (so <c>description: { sv }</c> takes the description's 4000); at the top
/// <see cref="GraphQLEndpointOptions.MaxStringLength"/>.
/// </summary>
public sealed class StringLengthRule(IOptions<GraphQLEndpointOptions> options) : ValidationRuleBase
{
    public const string TooLong = "STRING_TOO_LONG";

    private static readonly ConcurrentDictionary<(IInputObjectGraphType, string), int?> DeclaredLengths = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var limits = options.Value;
        var reported = false;
        return new(new MatchingNodeVisitor<GraphQLArgument>((argument, ctx) =>
        {
            if (!reported && ctx.TypeInfo.GetArgument() is { ResolvedType: { } type })
            {
                var name = argument.Name.StringValue;
                var limit = name == "search" ? limits.MaxSearchLength : limits.MaxStringLength;
                reported = new Check(ctx).Literal(argument.Value, type, limit, name);
            }
        }));
    }

    /// <summary>Walks one argument's value; reports the first text over its limit and answers whether it did.</summary>
    private sealed class Check(ValidationContext context)
    {
        public bool Literal(GraphQLValue value, IGraphType type, int limit, string path) => value switch
        {
            GraphQLStringValue text => Text(text.Value.Length, limit, path),
            GraphQLListValue list => list.Values?.Select((item, i) => (item, i)).Any(x => Literal(x.item, ItemType(type), limit, $"{path}[{x.i}]")) == true,
            GraphQLObjectValue obj when type.GetNamedType() is IInputObjectGraphType input => obj.Fields?.Any(field =>
                input.GetField(field.Name.StringValue) is { ResolvedType: { } fieldType } definition
                && Literal(field.Value, fieldType, LimitOf(input, definition, limit), $"{path}.{definition.Name}")) == true,
            GraphQLVariable variable => Variable(variable, type, limit, path),
            _ => false,
        };

        private bool Variable(GraphQLVariable variable, IGraphType type, int limit, string path)
        {
            var name = variable.Name.StringValue;
            if (context.Variables.TryGetValue(name, out var value))
            {
                return Sent(value, type, limit, path);
            }

            // Not sent: its default value (in the document) is used.
            var definition = context.Operation.Variables?.FirstOrDefault(v => v.Variable.Name.StringValue == name);
            return definition?.DefaultValue is { } defaultValue && Literal(defaultValue, type, limit, path);
        }

        /// <summary>A value as the client sent it in <c>variables</c> (JSON read into dictionaries and lists).</summary>
        private bool Sent(object? value, IGraphType type, int limit, string path)
        {
            switch (value)
            {
                case string text:
                    return Text(text.Length, limit, path);
                case IDictionary<string, object?> obj when type.GetNamedType() is IInputObjectGraphType input:
                    foreach (var (name, fieldValue) in obj)
                    {
                        if (input.GetField(name) is { ResolvedType: { } fieldType } definition && Sent(fieldValue, fieldType, LimitOf(input, definition, limit), $"{path}.{name}"))
                        {
                            return true;
                        }
                    }

                    return false;
                case IEnumerable items and not IDictionary<string, object?>:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (Sent(item, ItemType(type), limit, $"{path}[{index++}]"))
                        {
                            return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        private bool Text(int length, int limit, string path)
        {
            if (length <= limit)
            {
                return false;
            }

            context.ReportError(new ValidationError($"`{path}` is {length} characters long; at most {limit} are allowed.") { Code = TooLong });
            return true;
        }
    }

    private static IGraphType ItemType(IGraphType type)
    {
        var inner = type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;
        return inner is ListGraphType list ? list.ResolvedType! : inner;
    }

    /// <summary>The length declared on the CLR property behind a mutation input's field, else the enclosing limit.</summary>
    private static int LimitOf(IInputObjectGraphType input, FieldType field, int enclosing) =>
        DeclaredLengths.GetOrAdd((input, field.Name), static key => DeclaredLength(key.Item1, key.Item2)) ?? enclosing;

    private static int? DeclaredLength(IInputObjectGraphType input, string fieldName)
    {
        for (var type = input.GetType(); type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(InputObjectGraphType<>))
            {
                var property = type.GetGenericArguments()[0].GetProperty(fieldName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                return property?.GetCustomAttribute<MaxLengthAttribute>()?.Length ?? property?.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength;
            }
        }

        return null;
    }
}
