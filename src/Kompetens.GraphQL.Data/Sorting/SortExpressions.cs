using System.Collections;
using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Kompetens.GraphQL.Data.Expressions;
using Kompetens.GraphQL.Data.Limits;
using Kompetens.GraphQL.Data.Types;

namespace Kompetens.GraphQL.Data.Sorting;

/// <summary>Turns an <c>order</c> argument into sort keys over recorded member expressions, ended by the unique key.</summary>
public static class SortExpressions
{
    /// <summary>The sort keys of an <c>order</c> value, measured first against <paramref name="limits"/>.</summary>
    public static IReadOnlyList<SortKey<T>> Build<T>(IComplexGraphType objectType, object? order, LambdaExpression uniqueKey, InputLimits? limits = null)
    {
        InputBounds.ThrowIfRefused(InputBounds.Sort(order, limits ?? InputLimits.Default));
        var row = Expression.Parameter(typeof(T), "row");
        var keys = new List<SortKey<T>>();
        foreach (var item in order as IEnumerable ?? Array.Empty<object>())
        {
            if (item is IDictionary<string, object?> fields)
            {
                Collect(objectType, row, row, fields, keys);
            }
        }

        keys.Add(new SortKey<T>(uniqueKey, descending: false));
        return keys;
    }

    private static void Collect<T>(IComplexGraphType type, ParameterExpression row, Expression instance, IDictionary<string, object?> fields, List<SortKey<T>> keys)
    {
        foreach (var (name, value) in fields)
        {
            var field = type.GetField(name)!;
            switch (value)
            {
                case SortDirection direction:
                    var member = Paths.Apply((field.GetMember() ?? field.GetGlobalId())!, instance);
                    if (instance != row && member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) is null)
                    {
                        // Through a relation the related row may be missing, so the key may be empty.
                        member = Expression.Convert(member, typeof(Nullable<>).MakeGenericType(member.Type));
                    }

                    keys.Add(new SortKey<T>(Expression.Lambda(member, row), direction == SortDirection.Descending));
                    break;
                case IDictionary<string, object?> nested:
                    var path = field.GetNavigation() is { } navigation
                        ? Paths.StripConvert(Paths.Apply(navigation.Path, instance))
                        : Paths.Apply(field.GetMember()!, instance);
                    Collect(field.ResolvedType!.GetNamedType() as IComplexGraphType ?? type, row, path, nested, keys);
                    break;
            }
        }
    }
}
