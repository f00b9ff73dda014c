using GraphQL.Types;
using Kompetens.GraphQL.Data.Cost;
using Kompetens.GraphQL.Data.Scalars;

namespace Kompetens.GraphQL.Data.Filtering;

/// <summary>Conditions on a text field, as HotChocolate names them. <c>contains</c> and friends are case-sensitive.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text. All given conditions must hold. Comparisons are case-sensitive.";
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("and").Description("All of these conditions must hold.");
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("or").Description("At least one of these conditions must hold.");
        Field<StringGraphType>("eq").Description("Equal to the text.");
        Field<StringGraphType>("neq").Description("Not equal to the text.");
        Field<StringGraphType>("contains").Description("Contains the text.");
        Field<StringGraphType>("ncontains").Description("Does not contain the text.");
        Field<ListGraphType<StringGraphType>>("in").Description("Equal to one of the texts.");
        Field<ListGraphType<StringGraphType>>("nin").Description("Equal to none of the texts.");
        Field<StringGraphType>("startsWith").Description("Starts with the text.");
        Field<StringGraphType>("nstartsWith").Description("Does not start with the text.");
        Field<StringGraphType>("endsWith").Description("Ends with the text.");
        Field<StringGraphType>("nendsWith").Description("Does not end with the text.");
        this.PriceOperations();
    }
}

/// <summary>Conditions on a yes/no field.</summary>
public sealed class BooleanOperationFilterInputType : InputObjectGraphType
{
    public BooleanOperationFilterInputType()
    {
        Name = "BooleanOperationFilterInput";
        Description = "Conditions on a yes/no value.";
        Field<BooleanGraphType>("eq").Description("Equal to the value.");
        Field<BooleanGraphType>("neq").Description("Not equal to the value.");
        this.PriceOperations();
    }
}

/// <summary>Conditions on an ordered value (numbers, dates, UUIDs).</summary>
public abstract class ComparableOperationFilterInputType<TScalar> : InputObjectGraphType
    where TScalar : ScalarGraphType
{
    protected ComparableOperationFilterInputType(string name, string what)
    {
        Name = name;
        Description = $"Conditions on {what}. All given conditions must hold.";
        Field<TScalar>("eq").Description("Equal to the value.");
        Field<TScalar>("neq").Description("Not equal to the value.");
        Field<ListGraphType<TScalar>>("in").Description("Equal to one of the values.");
        Field<ListGraphType<TScalar>>("nin").Description("Equal to none of the values.");
        Field<TScalar>("gt").Description("Greater than the value.");
        Field<TScalar>("ngt").Description("Not greater than the value.");
        Field<TScalar>("gte").Description("Greater than or equal to the value.");
        Field<TScalar>("ngte").Description("Not greater than or equal to the value.");
        Field<TScalar>("lt").Description("Less than the value.");
        Field<TScalar>("nlt").Description("Not less than the value.");
        Field<TScalar>("lte").Description("Less than or equal to the value.");
        Field<TScalar>("nlte").Description("Not less than or equal to the value.");
        this.PriceOperations();
    }
}

public sealed class IntOperationFilterInputType() : ComparableOperationFilterInputType<IntGraphType>("IntOperationFilterInput", "a whole number");

public sealed class LongOperationFilterInputType() : ComparableOperationFilterInputType<LongScalar>("LongOperationFilterInput", "a whole number");

public sealed class FloatOperationFilterInputType() : ComparableOperationFilterInputType<FloatGraphType>("FloatOperationFilterInput", "a number");

public sealed class DecimalOperationFilterInputType() : ComparableOperationFilterInputType<DecimalScalar>("DecimalOperationFilterInput", "a decimal number");

public sealed class DateTimeOperationFilterInputType() : ComparableOperationFilterInputType<DateTimeScalar>("DateTimeOperationFilterInput", "a date and time");

public sealed class DateOperationFilterInputType() : ComparableOperationFilterInputType<DateScalar>("LocalDateOperationFilterInput", "a date");

public sealed class UuidOperationFilterInputType() : ComparableOperationFilterInputType<UuidScalar>("UuidOperationFilterInput", "a UUID");

/// <summary>Conditions on an enum field, named after the enum (<c>EmployeeStatusOperationFilterInput</c>).</summary>
public sealed class EnumOperationFilterInputType<TEnum> : InputObjectGraphType
    where TEnum : Enum
{
    public EnumOperationFilterInputType()
    {
        Name = typeof(TEnum).Name + "OperationFilterInput";
        Description = $"Conditions on a {typeof(TEnum).Name} value.";
        Field<EnumerationGraphType<TEnum>>("eq").Description("Equal to the value.");
        Field<EnumerationGraphType<TEnum>>("neq").Description("Not equal to the value.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<TEnum>>>>("in").Description("Equal to one of the values.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<TEnum>>>>("nin").Description("Equal to none of the values.");
        this.PriceOperations();
    }
}

/// <summary>Conditions on a global ID; the ids are the opaque ones the API issues.</summary>
public sealed class IdOperationFilterInputType : InputObjectGraphType
{
    public IdOperationFilterInputType()
    {
        Name = "IdOperationFilterInput";
        Description = "Conditions on an object's global ID.";
        Field<IdGraphType>("eq").Description("Equal to the ID.");
        Field<IdGraphType>("neq").Description("Not equal to the ID.");
        Field<ListGraphType<IdGraphType>>("in").Description("Equal to one of the IDs.");
        Field<ListGraphType<IdGraphType>>("nin").Description("Equal to none of the IDs.");
        this.PriceOperations();
    }
}
