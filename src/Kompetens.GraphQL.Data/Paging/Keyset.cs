using System.Linq.Expressions;
using System.Reflection;

namespace Kompetens.GraphQL.Data.Paging;

/// <summary>Builds the SQL side of keyset paging: the ORDER BY and the "rows after this cursor" predicate.</summary>
internal static class Keyset
{
    public static IQueryable<T> Order<T>(IQueryable<T> source, IReadOnlyList<SortKey<T>> keys, bool reverse)
    {
        var expression = source.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var descending = keys[i].Descending ^ reverse;
            var method = (i == 0, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), keys[i].ValueType], expression, Expression.Quote(keys[i].Selector));
        }

        return source.Provider.CreateQuery<T>(expression);
    }

    /// <summary>
    /// Rows strictly after <paramref name="values"/> in the order (or before, with <paramref name="reverse"/>):
    /// <c>k1 &gt; v1 OR (k1 = v1 AND k2 &gt; v2) OR …</c>.
    /// </summary>
    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<SortKey<T>> keys, object?[] values, bool reverse)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        for (var i = 0; i < keys.Count; i++)
        {
            Expression all = Compare(keys[i], row, values[i], greater: !(keys[i].Descending ^ reverse));
            for (var j = i - 1; j >= 0; j--)
            {
                all = Expression.AndAlso(Equal(keys[j], row, values[j]), all);
            }

            any = any is null ? all : Expression.OrElse(any, all);
        }

        return Expression.Lambda<Func<T, bool>>(any!, row);
    }

    private static Expression Body<T>(SortKey<T> key, ParameterExpression row) =>
        new Nodes.ParameterReplacer(key.Selector.Parameters[0], row).Visit(key.Selector.Body)!;

    // Read through a member of a constant object, like a captured variable: EF Core sends it as a SQL parameter.
    private static Expression Value<T>(SortKey<T> key, object? value) =>
        Expression.Convert(Expression.Property(Expression.Constant(new Boxed { Value = value }), nameof(Boxed.Value)), key.ValueType);

    private static Expression Equal<T>(SortKey<T> key, ParameterExpression row, object? value) =>
        Expression.Equal(Body(key, row), Value(key, value));

    private static Expression Compare<T>(SortKey<T> key, ParameterExpression row, object? value, bool greater)
    {
        var left = Body(key, row);
        var right = Value(key, value);
        var underlying = Nullable.GetUnderlyingType(key.ValueType) ?? key.ValueType;
        if (underlying == typeof(string) || underlying == typeof(Guid) || underlying == typeof(bool) || underlying.IsEnum)
        {
            // No C# operator: compare through CompareTo, which EF Core translates to SQL < and >.
            var compareTo = key.ValueType.GetMethod(nameof(IComparable.CompareTo), BindingFlags.Public | BindingFlags.Instance, [key.ValueType])
                ?? throw new NotSupportedException($"Cannot page over {key.ValueType.Name}.");
            var call = Expression.Call(left, compareTo, right);
            return greater ? Expression.GreaterThan(call, Expression.Constant(0)) : Expression.LessThan(call, Expression.Constant(0));
        }

        return greater ? Expression.GreaterThan(left, right) : Expression.LessThan(left, right);
    }

    private sealed class Boxed
    {
        public object? Value { get; init; }
    }
}
