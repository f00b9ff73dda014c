using GraphQL.Types;

namespace Kompetens.GraphQL.Data.Scalars;

/// <summary>
/// HotChocolate 15's scalar names for .NET types, so generated clients map them as they expect: <c>DateTime</c>
/// (<see cref="DateTimeOffset"/>), <c>LocalDate</c> (<see cref="DateOnly"/>, bound so since HotChocolate 15),
/// <c>UUID</c>, <c>Decimal</c>, <c>Long</c>.
/// </summary>
public static class HotChocolateScalars
{
    public static void RegisterHotChocolateScalars(this ISchema schema)
    {
        schema.RegisterTypeMapping(typeof(DateTimeOffset), typeof(DateTimeScalar));
        schema.RegisterTypeMapping(typeof(DateOnly), typeof(DateScalar));
        schema.RegisterTypeMapping(typeof(Guid), typeof(UuidScalar));
        schema.RegisterTypeMapping(typeof(decimal), typeof(DecimalScalar));
        schema.RegisterTypeMapping(typeof(long), typeof(LongScalar));
    }
}

/// <summary>An ISO-8601 date and time with offset.</summary>
public sealed class DateTimeScalar : DateTimeOffsetGraphType
{
    public DateTimeScalar()
    {
        Name = "DateTime";
        Description = "A date and time with offset, as ISO-8601 (`2026-11-26T09:30:00+02:00`).";
    }
}

/// <summary>An ISO-8601 calendar date: HotChocolate 15's <c>LocalDate</c> (<c>yyyy-MM-dd</c>, no time zone).</summary>
public sealed class DateScalar : DateOnlyGraphType
{
    public DateScalar()
    {
        Name = "LocalDate";
        Description = "A calendar date, as ISO-8601 (`2026-11-26`).";
    }
}

/// <summary>A UUID, in its canonical text form.</summary>
public sealed class UuidScalar : GuidGraphType
{
    public UuidScalar()
    {
        Name = "UUID";
        Description = "A UUID in its canonical text form.";
    }
}

/// <summary>A decimal number, exact (no binary rounding): amounts of money, hours.</summary>
public sealed class DecimalScalar : DecimalGraphType
{
    public DecimalScalar()
    {
        Name = "Decimal";
        Description = "An exact decimal number, used for amounts of money (in euros) and hours.";
    }
}

/// <summary>A 64-bit whole number.</summary>
public sealed class LongScalar : LongGraphType
{
    public LongScalar()
    {
        Name = "Long";
        Description = "A whole number that may exceed 32 bits, such as a row version.";
    }
}
