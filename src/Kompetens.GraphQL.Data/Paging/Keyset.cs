using System.Linq.Expressions;
using Kompetens.GraphQL.Data.Expressions;
using Kompetens.GraphQL.Data.Sorting;

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
    /// Rows strictly after <paramref name="values"/> in the order (before, with <paramref name="reverse"/>):
    /// <c>k1 &gt; v1 OR (k1 = v1 AND k2 &gt; v2) OR …</c>, where PostgreSQL puts empty values last when ascending
    /// and first when descending.
    /// </summary>
    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<SortKey<T>> keys, object?[] values, bool reverse)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression any = Expression.Constant(false);
        for (var i = 0; i < keys.Count; i++)
        {
            Expression all = Beyond(Paths.Apply(keys[i].Selector, row), values[i], ascending: !(keys[i].Descending ^ reverse));
            for (var j = i - 1; j >= 0; j--)
            {
                all = Expression.AndAlso(Same(Paths.Apply(keys[j].Selector, row), values[j]), all);
            }

            any = Expression.OrElse(any, all);
        }

        return Expression.Lambda<Func<T, bool>>(any, row);
    }

    private static Expression Same(Expression key, object? value) =>
        value is null ? Comparisons.IsNull(key) : Expression.Equal(key, QueryParameter.Of(value, key.Type));

    private static Expression Beyond(Expression key, object? value, bool ascending)
    {
        if (value is null)
        {
            // Empty values come last ascending (nothing follows them) and first descending (every value follows).
            return ascending ? Expression.Constant(false) : Expression.Not(Comparisons.IsNull(key));
        }

        var compared = Comparisons.Compare(key, QueryParameter.Of(value, key.Type), ascending ? ExpressionType.GreaterThan : ExpressionType.LessThan);
        return ascending && Comparisons.IsNullable(key.Type) ? Expression.OrElse(compared, Comparisons.IsNull(key)) : compared;
    }
}
