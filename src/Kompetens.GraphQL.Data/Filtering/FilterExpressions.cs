using System.Collections;
using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Kompetens.GraphQL.Data.Errors;
using Kompetens.GraphQL.Data.Expressions;
using Kompetens.GraphQL.Data.Ids;
using Kompetens.GraphQL.Data.Limits;
using Kompetens.GraphQL.Data.Types;

namespace Kompetens.GraphQL.Data.Filtering;

/// <summary>
/// Turns a <c>where</c> argument into a LINQ predicate that EF Core runs in SQL: fields through their recorded
/// member expressions, to-one relations as joins, to-many relations as <c>EXISTS</c>, values as SQL parameters.
/// </summary>
public static class FilterExpressions
{
    /// <summary>
    /// The predicate of a <c>where</c> value. The value is first measured against <paramref name="limits"/> (the
    /// validation rule has done so for the whole request; this keeps direct callers safe too), so the expression
    /// built here stays small enough for EF Core to translate.
    /// </summary>
    public static Expression<Func<T, bool>>? Build<T>(IComplexGraphType objectType, object? where, InputLimits? limits = null)
    {
        var nodes = 0;
        InputBounds.ThrowIfRefused(InputBounds.Filter(where, limits ?? InputLimits.Default, ref nodes));
        if (where is not IDictionary<string, object?> { Count: > 0 } filter)
        {
            return null;
        }

        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, bool>>(Object(objectType, row, filter), row);
    }

    private static Expression Object(IComplexGraphType type, Expression instance, IDictionary<string, object?> filter)
    {
        Expression? result = null;
        foreach (var (name, value) in filter)
        {
            var condition = name switch
            {
                "and" => Combine(Items(value).Select(item => Object(type, instance, Fields(item))), Expression.AndAlso),
                "or" => Combine(Items(value).Select(item => Object(type, instance, Fields(item))), Expression.OrElse),
                _ => Field(type, type.GetField(name)!, instance, value),
            };
            result = And(result, condition);
        }

        return result ?? Expression.Constant(true);
    }

    private static Expression? Field(IComplexGraphType type, FieldType field, Expression instance, object? value)
    {
        if (value is null)
        {
            return null;
        }

        var operations = Fields(value);
        if (field.GetGlobalId() is { } key)
        {
            return Operations(Paths.Apply(key, instance), GlobalIds(operations, type.Name));
        }

        if (field.GetNavigation() is { } navigation)
        {
            var target = (IComplexGraphType)field.ResolvedType!.GetNamedType();
            var related = Paths.StripConvert(Paths.Apply(navigation.Path, instance));
            return navigation.IsCollection ? List(target, navigation.TargetType, related, operations) : Object(target, related, operations);
        }

        var operand = Paths.Apply(field.GetMember()!, instance);
        return field.ResolvedType!.GetNamedType() is IComplexGraphType nested
            ? Object(nested, operand, operations)
            : Operations(operand, operations);
    }

    private static Expression List(IComplexGraphType target, Type elementType, Expression collection, IDictionary<string, object?> operations)
    {
        Expression? result = null;
        foreach (var (operation, value) in operations)
        {
            if (value is null)
            {
                continue;
            }

            var condition = operation switch
            {
                "some" => Any(collection, elementType, target, Fields(value)),
                "none" => Expression.Not(Any(collection, elementType, target, Fields(value))),
                "all" => Call(nameof(Enumerable.All), collection, elementType, Predicate(elementType, target, Fields(value))),
                "any" => value is true ? Any(collection, elementType, null, null) : Expression.Not(Any(collection, elementType, null, null)),
                _ => throw new InvalidOperationException($"Unknown list operation {operation}."),
            };
            result = And(result, condition);
        }

        return result ?? Expression.Constant(true);
    }

    private static Expression Any(Expression collection, Type elementType, IComplexGraphType? target, IDictionary<string, object?>? filter) =>
        target is null
            ? Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], collection)
            : Call(nameof(Enumerable.Any), collection, elementType, Predicate(elementType, target, filter!));

    private static MethodCallExpression Call(string method, Expression collection, Type elementType, LambdaExpression predicate) =>
        Expression.Call(typeof(Enumerable), method, [elementType], collection, predicate);

    private static LambdaExpression Predicate(Type elementType, IComplexGraphType target, IDictionary<string, object?> filter)
    {
        var item = Expression.Parameter(elementType, "item");
        return Expression.Lambda(Object(target, item, filter), item);
    }

    private static Expression Operations(Expression operand, IDictionary<string, object?> operations)
    {
        Expression? result = null;
        foreach (var (operation, value) in operations)
        {
            var condition = operation switch
            {
                "and" => Combine(Items(value).Select(item => Operations(operand, Fields(item))), Expression.AndAlso),
                "or" => Combine(Items(value).Select(item => Operations(operand, Fields(item))), Expression.OrElse),
                "eq" => value is null ? IsNull(operand) : Expression.Equal(operand, QueryParameter.Of(value, operand.Type)),
                "neq" => value is null ? Expression.Not(IsNull(operand)) : Expression.NotEqual(operand, QueryParameter.Of(value, operand.Type)),
                "in" => value is null ? null : In(operand, value),
                "nin" => value is null ? null : Expression.Not(In(operand, value)),
                "gt" => Compare(operand, value, ExpressionType.GreaterThan, negate: false),
                "ngt" => Compare(operand, value, ExpressionType.GreaterThan, negate: true),
                "gte" => Compare(operand, value, ExpressionType.GreaterThanOrEqual, negate: false),
                "ngte" => Compare(operand, value, ExpressionType.GreaterThanOrEqual, negate: true),
                "lt" => Compare(operand, value, ExpressionType.LessThan, negate: false),
                "nlt" => Compare(operand, value, ExpressionType.LessThan, negate: true),
                "lte" => Compare(operand, value, ExpressionType.LessThanOrEqual, negate: false),
                "nlte" => Compare(operand, value, ExpressionType.LessThanOrEqual, negate: true),
                "contains" => Text(operand, nameof(string.Contains), value, negate: false),
                "ncontains" => Text(operand, nameof(string.Contains), value, negate: true),
                "startsWith" => Text(operand, nameof(string.StartsWith), value, negate: false),
                "nstartsWith" => Text(operand, nameof(string.StartsWith), value, negate: true),
                "endsWith" => Text(operand, nameof(string.EndsWith), value, negate: false),
                "nendsWith" => Text(operand, nameof(string.EndsWith), value, negate: true),
                _ => throw new InvalidOperationException($"Unknown filter operation {operation}."),
            };
            result = And(result, condition);
        }

        return result ?? Expression.Constant(true);
    }

    /// <summary><c>x == null</c>; always false for a member that cannot be empty.</summary>
    private static Expression IsNull(Expression operand) =>
        Comparisons.IsNullable(operand.Type) ? Comparisons.IsNull(operand) : Expression.Constant(false);

    private static Expression? Compare(Expression operand, object? value, ExpressionType comparison, bool negate)
    {
        if (value is null)
        {
            return null;
        }

        var compared = Comparisons.Compare(operand, QueryParameter.Of(value, operand.Type), comparison);
        return negate ? Expression.Not(compared) : compared;
    }

    private static Expression? Text(Expression operand, string method, object? value, bool negate)
    {
        if (value is null)
        {
            return null;
        }

        var call = Expression.Call(operand, typeof(string).GetMethod(method, [typeof(string)])!, QueryParameter.Of(value, typeof(string)));
        return negate ? Expression.Not(call) : call;
    }

    private static Expression In(Expression operand, object value)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(operand.Type))!;
        // An empty value can only match a member that can be empty.
        foreach (var item in Items(value).Where(item => item is not null || Comparisons.IsNullable(operand.Type)))
        {
            list.Add(QueryParameter.Normalize(item, operand.Type));
        }

        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [operand.Type], QueryParameter.Of(list, list.GetType()), operand);
    }

    /// <summary>Replaces the global IDs in an <c>IdOperationFilterInput</c> by the keys they carry.</summary>
    private static Dictionary<string, object?> GlobalIds(IDictionary<string, object?> operations, string typeName)
    {
        Guid Key(object? id) => GlobalId.TryParse(id?.ToString(), out var type, out var key) && type == typeName
            ? key
            : throw new ExecutionError($"'{id}' is not a valid {typeName} ID.") { Code = DataErrorCodes.IdInvalid };

        return operations.ToDictionary(
            o => o.Key,
            o => o.Value switch
            {
                null => null,
                string or int or long => (object)Key(o.Value),
                IEnumerable ids => ids.Cast<object?>().Select(Key).ToList(),
                _ => Key(o.Value),
            });
    }

    /// <summary>Joins conditions as a balanced tree, so the expression's depth grows with the log of their number.</summary>
    private static Expression? Combine(IEnumerable<Expression> conditions, Func<Expression, Expression, Expression> combine)
    {
        var level = conditions.ToList();
        while (level.Count > 1)
        {
            var next = new List<Expression>((level.Count + 1) / 2);
            for (var i = 0; i < level.Count; i += 2)
            {
                next.Add(i + 1 < level.Count ? combine(level[i], level[i + 1]) : level[i]);
            }

            level = next;
        }

        return level.Count == 0 ? null : level[0];
    }

    private static Expression? And(Expression? left, Expression? right) =>
        left is null ? right : right is null ? left : Expression.AndAlso(left, right);

    private static IDictionary<string, object?> Fields(object? value) =>
        value as IDictionary<string, object?> ?? throw new InvalidOperationException("Expected an input object.");

    private static IEnumerable<object?> Items(object? value) =>
        value is IEnumerable items and not string ? items.Cast<object?>() : [value];
}
