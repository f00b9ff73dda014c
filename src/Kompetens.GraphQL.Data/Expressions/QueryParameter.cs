using System.Linq.Expressions;

namespace Kompetens.GraphQL.Data.Expressions;

/// <summary>
/// Puts a client's value into a query expression the way a captured variable would be, so EF Core sends it as a
/// SQL parameter (never as literal SQL text) and can reuse the query plan.
/// </summary>
public static class QueryParameter
{
    public static Expression Of(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), Normalize(value, type))!;
        return Expression.Field(Expression.Constant(holder), nameof(Holder<object>.Value));
    }

    /// <summary>Converts a value GraphQL parsed to the member's CLR type (PostgreSQL stores times in UTC).</summary>
    public static object? Normalize(object? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            null => null,
            DateTimeOffset time => time.ToUniversalTime(),
            _ when target.IsInstanceOfType(value) => value,
            _ when target.IsEnum => Enum.Parse(target, value.ToString()!, ignoreCase: true),
            IConvertible convertible => convertible.ToType(target, System.Globalization.CultureInfo.InvariantCulture),
            _ => value,
        };
    }

    private sealed class Holder<T>(T value)
    {
        // A field of a constant object: EF Core's funcletizer turns it into a parameter.
        public readonly T Value = value;
    }
}
