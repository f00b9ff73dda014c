using GraphQL.Types;
using Kompetens.GraphQL.Data.Filtering;
using Kompetens.GraphQL.Data.Limits;
using Kompetens.GraphQL.Data.Types;

namespace Kompetens.GraphQL.Data.Sorting;

/// <summary>A sort direction.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}

/// <summary>HotChocolate's <c>enum SortEnumType { ASC DESC }</c>.</summary>
public sealed class SortEnumGraphType : EnumerationGraphType
{
    public SortEnumGraphType()
    {
        Name = "SortEnumType";
        Description = "The direction of a sort key.";
        Add("ASC", SortDirection.Ascending, "Ascending: smallest, earliest or A first; empty values last.");
        Add("DESC", SortDirection.Descending, "Descending: largest, latest or Ö first; empty values first.");
    }
}

/// <summary>
/// <c>{Type}SortInput</c>: the fields a list of the type can be sorted by — its scalar fields, nested objects and
/// to-one relations. A list of these is applied key after key; the object's unique key always ends the order.
/// </summary>
public sealed class SortInputGraphType<TObjectType> : InputObjectGraphType
    where TObjectType : IComplexGraphType
{
    public SortInputGraphType(TObjectType objectType)
    {
        Name = objectType.Name + "SortInput";
        this.SetBoundedInput(BoundedInput.Sort);
        Description = $"A sort key for {objectType.Name} objects: give one field per item of the `order` list.";
        foreach (var field in objectType.Fields)
        {
            if (SortTypes.For(field) is { } sortType)
            {
                Field(field.Name, sortType).Description(field.Description);
            }
        }
    }
}

internal static class SortTypes
{
    public static Type? For(FieldType field)
    {
        // As HotChocolate, `id` is a sort key: it sorts by the underlying key (UUIDv7, so in creation order).
        if (field.GetGlobalId() is not null)
        {
            return typeof(SortEnumGraphType);
        }

        if (field.GetNavigation() is { } navigation)
        {
            return navigation.IsCollection || field.NamedGraphType() is not { } target ? null : typeof(SortInputGraphType<>).MakeGenericType(target);
        }

        if (field.GetMember() is not { } member)
        {
            return null;
        }

        var filter = FilterTypes.For(field);
        if (filter is not null && filter.IsGenericType && filter.GetGenericTypeDefinition() == typeof(FilterInputGraphType<>))
        {
            return typeof(SortInputGraphType<>).MakeGenericType(filter.GetGenericArguments()[0]);
        }

        return filter is not null ? typeof(SortEnumGraphType) : null;
    }
}
