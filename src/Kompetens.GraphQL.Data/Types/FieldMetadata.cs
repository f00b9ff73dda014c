using System.Linq.Expressions;
using GraphQL.Types;

namespace Kompetens.GraphQL.Data.Types;

/// <summary>
/// What a field of a queryable object type reads from its source object, kept on the field so that filters,
/// sorting and projections are generated from the fields the schema exposes — and only from those.
/// </summary>
public static class FieldMetadata
{
    private const string MemberKey = "data:member";
    private const string NavigationKey = "data:navigation";
    private const string RequiresKey = "data:requires";
    private const string GlobalIdKey = "data:global-id";
    private const string KeyKey = "data:key";

    /// <summary>The field reads <paramref name="member"/> (a lambda from the source type).</summary>
    public static void SetMember(this FieldType field, LambdaExpression member) => field.Metadata[MemberKey] = member;

    public static LambdaExpression? GetMember(this FieldType field) => field.GetMetadata<LambdaExpression?>(MemberKey);

    /// <summary>The field follows a relation: a to-one navigation or a to-many collection.</summary>
    public static void SetNavigation(this FieldType field, Navigation navigation) => field.Metadata[NavigationKey] = navigation;

    public static Navigation? GetNavigation(this FieldType field) => field.GetMetadata<Navigation?>(NavigationKey);

    /// <summary>A computed field declares the members it needs, so projections load them.</summary>
    public static void SetRequires(this FieldType field, IReadOnlyList<LambdaExpression> members) => field.Metadata[RequiresKey] = members;

    public static IReadOnlyList<LambdaExpression> GetRequires(this FieldType field) => field.GetMetadata<IReadOnlyList<LambdaExpression>?>(RequiresKey) ?? [];

    /// <summary>The field is the object's global ID, made from <paramref name="key"/>; filters on it take global IDs.</summary>
    public static void SetGlobalId(this FieldType field, LambdaExpression key) => field.Metadata[GlobalIdKey] = key;

    public static LambdaExpression? GetGlobalId(this FieldType field) => field.GetMetadata<LambdaExpression?>(GlobalIdKey);

    /// <summary>The objects of <paramref name="type"/> are identified by <paramref name="key"/>; projections always read it.</summary>
    public static void SetKey(this IGraphType type, LambdaExpression key) => type.Metadata[KeyKey] = key;

    public static LambdaExpression? GetKey(this IGraphType type) => type.GetMetadata<LambdaExpression?>(KeyKey);

    /// <summary>The CLR graph type a field was declared with, without list and non-null wrappers.</summary>
    public static Type? NamedGraphType(this FieldType field)
    {
        var type = field.Type;
        while (type is { IsGenericType: true } && (type.GetGenericTypeDefinition() == typeof(NonNullGraphType<>) || type.GetGenericTypeDefinition() == typeof(ListGraphType<>)))
        {
            type = type.GetGenericArguments()[0];
        }

        return type;
    }
}

/// <summary>A relation from a source object: <see cref="Path"/> selects the related object or collection.</summary>
/// <param name="Path">A lambda from the source type to the related object (to-one) or collection (to-many).</param>
/// <param name="TargetType">The CLR type of the related object (the element type for collections).</param>
/// <param name="IsCollection">True for to-many relations.</param>
public sealed record Navigation(LambdaExpression Path, Type TargetType, bool IsCollection);
