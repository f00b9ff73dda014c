using System.Linq.Expressions;
using System.Reflection;

namespace Kompetens.GraphQL.Data.Expressions;

/// <summary>Ordering comparisons that EF Core translates to SQL for every type a list can be sorted or filtered by.</summary>
public static class Comparisons
{
    public static Expression Compare(Expression left, Expression right, ExpressionType comparison)
    {
        var type = Nullable.GetUnderlyingType(left.Type) ?? left.Type;
        if (type.IsEnum)
        {
            // Enums are stored by name, and sort and compare by it: compare the names, which EF Core maps to the column.
            var leftName = Expression.Call(left, typeof(object).GetMethod(nameof(ToString))!);
            var rightName = Expression.Call(right, typeof(object).GetMethod(nameof(ToString))!);
            return Expression.MakeBinary(comparison, Expression.Call(typeof(string), nameof(string.Compare), null, leftName, rightName), Expression.Constant(0));
        }

        if (type == typeof(string) || type == typeof(Guid) || type == typeof(bool))
        {
            // No C# operator exists for these; EF Core translates CompareTo(x) against 0 into SQL < and >.
            var compareTo = type.GetMethod(nameof(IComparable.CompareTo), BindingFlags.Public | BindingFlags.Instance, [type])
                ?? type.GetMethod(nameof(IComparable.CompareTo), BindingFlags.Public | BindingFlags.Instance, [typeof(object)])!;
            var l = left.Type == type ? left : Expression.Convert(left, type);
            var r = compareTo.GetParameters()[0].ParameterType == type ? (right.Type == type ? right : Expression.Convert(right, type)) : Expression.Convert(right, typeof(object));
            return Expression.MakeBinary(comparison, Expression.Call(l, compareTo, r), Expression.Constant(0));
        }

        return Expression.MakeBinary(comparison, left, right.Type == left.Type ? right : Expression.Convert(right, left.Type));
    }

    public static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    public static Expression IsNull(Expression value) => Expression.Equal(value, Expression.Constant(null, value.Type));
}
