using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Kompetens.GraphQL.Data.Batching;
using Kompetens.GraphQL.Data.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.GraphQL.Data.Nodes;

/// <summary>
/// Relations between node types. Every relation is batched: however many parents a level has, a relation
/// costs one query per request level, never one per row.
/// </summary>
public static class RelationFieldExtensions
{
    /// <summary>A to-one relation followed by foreign key; null when the key is null.</summary>
    public static FieldBuilder<TSource, object> Reference<TSource, TTargetType>(
        this ObjectGraphType<TSource> type, string name, Func<TSource, Guid?> foreignKey)
        where TTargetType : IGraphType, INodeType
        => type.Field<TTargetType>(name).Resolve(context => LoadReference(context, foreignKey(context.Source)));

    /// <summary>A to-one relation that always exists (a required foreign key).</summary>
    public static FieldBuilder<TSource, object> RequiredReference<TSource, TTargetType>(
        this ObjectGraphType<TSource> type, string name, Func<TSource, Guid> foreignKey)
        where TTargetType : IGraphType, INodeType
        => type.Field<NonNullGraphType<TTargetType>>(name).Resolve(context => LoadReference(context, foreignKey(context.Source)));

    private static object? LoadReference(IResolveFieldContext context, Guid? key) =>
        key is Guid id ? ((INodeType)context.FieldDefinition.ResolvedType!.GetNamedType()).LoadNode(context, id) : null;

    /// <summary>
    /// A to-many relation along a navigation (one-to-many or many-to-many), as a list ordered by the children's key.
    /// Loaded for all parents of the level in one query.
    /// </summary>
    public static FieldBuilder<TSource, object> Children<TSource, TChildType, TChild>(
        this NodeObjectType<TSource> type, string name, Expression<Func<TSource, IEnumerable<TChild>>> navigation)
        where TSource : class
        where TChild : class
        where TChildType : NodeObjectType<TChild>
    {
        FieldType? field = null;
        var builder = type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TChildType>>>>(name)
            .Resolve(context =>
            {
                var childType = (TChildType)context.FieldDefinition.ResolvedType!.GetNamedType();
                var loader = context.BatchLoader<Guid, IReadOnlyList<TChild>>(field!, () => new(async (ids, cancellationToken) =>
                {
                    var sessions = context.RequestServices!.GetRequiredService<IQuerySessionFactory>();
                    await using var session = await sessions.OpenAsync(cancellationToken);
                    var rows = await session.Query<TSource>()
                        .Where(type.KeyIn(ids))
                        .SelectMany(navigation, KeyedRow.Selector<TSource, TChild>(type.Key))
                        .OrderBy(KeyedRow.ByRowKey<TSource, TChild>(childType.Key))
                        .ToListAsync(cancellationToken);
                    return rows.GroupBy(r => r.ParentKey).ToDictionary(g => g.Key, g => (IReadOnlyList<TChild>)[.. g.Select(r => r.Row)]);
                }));
                return loader.Load(type.KeyOf(context.Source), []);
            });
        field = builder.FieldType;
        return builder;
    }
}

/// <summary>A child row with the key of the parent it was loaded for.</summary>
public sealed class KeyedRow<TParent, TChild>
{
    public Guid ParentKey { get; init; }

    public TChild Row { get; init; } = default!;
}

/// <summary>The expressions that load <see cref="KeyedRow{TParent, TChild}"/>s in SQL.</summary>
public static class KeyedRow
{
    /// <summary><c>(parent, child) => new KeyedRow { ParentKey = parent.Key, Row = child }</c>.</summary>
    public static Expression<Func<TParent, TChild, KeyedRow<TParent, TChild>>> Selector<TParent, TChild>(Expression<Func<TParent, Guid>> parentKey)
    {
        var child = Expression.Parameter(typeof(TChild), "child");
        var body = Expression.MemberInit(
            Expression.New(typeof(KeyedRow<TParent, TChild>)),
            Expression.Bind(typeof(KeyedRow<TParent, TChild>).GetProperty(nameof(KeyedRow<TParent, TChild>.ParentKey))!, parentKey.Body),
            Expression.Bind(typeof(KeyedRow<TParent, TChild>).GetProperty(nameof(KeyedRow<TParent, TChild>.Row))!, child));
        return Expression.Lambda<Func<TParent, TChild, KeyedRow<TParent, TChild>>>(body, parentKey.Parameters[0], child);
    }

    /// <summary><c>keyed => keyed.Row.Key</c>.</summary>
    public static Expression<Func<KeyedRow<TParent, TChild>, Guid>> ByRowKey<TParent, TChild>(Expression<Func<TChild, Guid>> childKey)
    {
        var keyed = Expression.Parameter(typeof(KeyedRow<TParent, TChild>), "keyed");
        var row = Expression.Property(keyed, nameof(KeyedRow<TParent, TChild>.Row));
        var body = new ParameterReplacer(childKey.Parameters[0], row).Visit(childKey.Body)!;
        return Expression.Lambda<Func<KeyedRow<TParent, TChild>, Guid>>(body, keyed);
    }
}

/// <summary>Swaps one expression for another inside a lambda body.</summary>
public sealed class ParameterReplacer(Expression from, Expression to) : ExpressionVisitor
{
    public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
}
