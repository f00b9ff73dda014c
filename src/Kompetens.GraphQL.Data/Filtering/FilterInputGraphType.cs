using Kompetens.GraphQL.Data.Cost;
using GraphQL.Types;
using Kompetens.GraphQL.Data.Limits;
using Kompetens.GraphQL.Data.Types;

namespace Kompetens.GraphQL.Data.Filtering;

/// <summary>
/// <c>{Type}FilterInput</c>: a condition on an object type, generated from the fields the type exposes — never
/// from columns the schema hides. Nested objects and to-one relations get nested filters; to-many relations get
/// <c>ListFilterInputTypeOf{Type}FilterInput</c>.
/// </summary>
public sealed class FilterInputGraphType<TObjectType> : InputObjectGraphType
    where TObjectType : IComplexGraphType
{
    public FilterInputGraphType(TObjectType objectType)
    {
        Name = objectType.Name + "FilterInput";
        this.SetBoundedInput(BoundedInput.Filter);
        Description = $"A condition on {objectType.Name} objects. Conditions on several fields must all hold.";
        Field<ListGraphType<NonNullGraphType<FilterInputGraphType<TObjectType>>>>("and").Description("All of these conditions must hold.");
        Field<ListGraphType<NonNullGraphType<FilterInputGraphType<TObjectType>>>>("or").Description("At least one of these conditions must hold.");
        foreach (var field in objectType.Fields)
        {
            if (FilterTypes.For(field) is { } filterType)
            {
                Field(field.Name, filterType).Description(field.Description);
            }
        }
    }
}

/// <summary>Conditions on the items of a to-many relation, as SQL <c>EXISTS</c>.</summary>
public sealed class ListFilterInputGraphType<TObjectType> : InputObjectGraphType
    where TObjectType : IComplexGraphType
{
    public ListFilterInputGraphType(TObjectType objectType)
    {
        Name = $"ListFilterInputTypeOf{objectType.Name}FilterInput";
        Description = $"Conditions on a list of {objectType.Name} objects.";
        Field<FilterInputGraphType<TObjectType>>("all").Description("Every item matches the condition.");
        Field<FilterInputGraphType<TObjectType>>("none").Description("No item matches the condition.");
        Field<FilterInputGraphType<TObjectType>>("some").Description("At least one item matches the condition.");
        Field<BooleanGraphType>("any").Description("True: the list has items; false: the list is empty.");
        this.PriceOperations();
    }
}

/// <summary>Which filter input type a field gets, if any.</summary>
internal static class FilterTypes
{
    private static readonly Dictionary<Type, Type> Scalars = new()
    {
        [typeof(string)] = typeof(StringOperationFilterInputType),
        [typeof(bool)] = typeof(BooleanOperationFilterInputType),
        [typeof(int)] = typeof(IntOperationFilterInputType),
        [typeof(short)] = typeof(IntOperationFilterInputType),
        [typeof(long)] = typeof(LongOperationFilterInputType),
        [typeof(double)] = typeof(FloatOperationFilterInputType),
        [typeof(float)] = typeof(FloatOperationFilterInputType),
        [typeof(decimal)] = typeof(DecimalOperationFilterInputType),
        [typeof(DateTimeOffset)] = typeof(DateTimeOperationFilterInputType),
        [typeof(DateOnly)] = typeof(DateOperationFilterInputType),
        [typeof(Guid)] = typeof(UuidOperationFilterInputType),
    };

    public static Type? For(FieldType field)
    {
        if (field.GetGlobalId() is not null)
        {
            return typeof(IdOperationFilterInputType);
        }

        if (field.GetNavigation() is { } navigation && field.NamedGraphType() is { } target)
        {
            return (navigation.IsCollection ? typeof(ListFilterInputGraphType<>) : typeof(FilterInputGraphType<>)).MakeGenericType(target);
        }

        if (field.GetMember() is not { } member)
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(member.ReturnType) ?? member.ReturnType;
        if (Scalars.TryGetValue(type, out var scalar))
        {
            return scalar;
        }

        if (type.IsEnum)
        {
            return typeof(EnumOperationFilterInputType<>).MakeGenericType(type);
        }

        // A nested object the schema exposes as a queryable type (a complex value such as a localised text).
        return field.NamedGraphType() is { } named && IsQueryable(named) ? typeof(FilterInputGraphType<>).MakeGenericType(named) : null;
    }

    public static bool IsQueryable(Type graphType)
    {
        for (var type = graphType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(QueryableObjectType<>))
            {
                return true;
            }
        }

        return false;
    }
}
