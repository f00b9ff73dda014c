using System.Linq.Expressions;
using GraphQL;
using Kompetens.GraphQL.Data.Errors;

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
            // PostgreSQL text cannot hold NUL; say so instead of failing in the database.
            string text when text.Contains('\0', StringComparison.Ordinal) =>
                throw new ExecutionError("Text values must not contain the NUL character.") { Code = DataErrorCodes.FilterValueInvalid },
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
