using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Kompetens.GraphQL.Data.Batching;
using Kompetens.GraphQL.Data.Expressions;
using Kompetens.GraphQL.Data.Filtering;
using Kompetens.GraphQL.Data.Limits;
using Kompetens.GraphQL.Data.Projections;
using Kompetens.GraphQL.Data.Querying;
using Kompetens.GraphQL.Data.Sorting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.GraphQL.Data.Nodes;

internal interface IChildrenLoader
{
    object? Load(IResolveFieldContext context);
}

/// <summary>
/// Loads a to-many relation for every parent of a level in one statement:
/// <c>parents WHERE key = ANY(@keys) → children WHERE filter ORDER BY parent, order… SELECT selected columns</c>.
/// </summary>
internal sealed class ChildrenLoader<TParent, TChild>(NodeObjectType<TParent> parentType, LambdaExpression navigation) : IChildrenLoader
    where TParent : class
    where TChild : class
{
    private readonly Expression<Func<TParent, IEnumerable<TChild>>> children =
        Expression.Lambda<Func<TParent, IEnumerable<TChild>>>(navigation.Body, navigation.Parameters);

    public object? Load(IResolveFieldContext context)
    {
        // One loader per selection in the document: every parent on the level shares it; aliases get their own.
        // The query is built now, while the resolver runs: GraphQL.NET reuses the context once it returns.
        var loader = context.BatchLoader<Guid, IReadOnlyList<TChild>>(context.FieldAst, () =>
        {
            var sessions = context.RequestServices!.GetRequiredService<IQuerySessionFactory>();
            var query = Query(context);
            return new(async (keys, cancellationToken) =>
            {
                await using var session = await sessions.OpenAsync(cancellationToken);
                var rows = await query(session, keys).ToListAsync(cancellationToken);
                return rows.GroupBy(r => r.ParentKey).ToDictionary(g => g.Key, g => (IReadOnlyList<TChild>)[.. g.Select(r => r.Row)]);
            });
        });
        return loader.Load(parentType.KeyOf((TParent)context.Source!), []);
    }

    private Func<IQuerySession, IReadOnlyCollection<Guid>, IQueryable<KeyedRow<TParent, TChild>>> Query(IResolveFieldContext context)
    {
        var childType = (IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType();
        var childKey = ((INodeType)childType).KeyExpression;
        var row = Expression.Parameter(typeof(KeyedRow<TParent, TChild>), "keyed");
        var child = Expression.Property(row, nameof(KeyedRow<TParent, TChild>.Row));

        var limits = InputBounds.Of(context);
        var filter = FilterExpressions.Build<TChild>(childType, context.GetArgument<object?>("where"), limits) is { } predicate
            ? Expression.Lambda<Func<KeyedRow<TParent, TChild>, bool>>(Paths.Apply(predicate, child), row)
            : null;
        var order = SortExpressions.Build<TChild>(childType, context.GetArgument<object?>("order"), childKey, limits)
            .Select(key => (Selector: Expression.Lambda(Paths.Apply(key.Selector, child), row), key.Descending, key.ValueType))
            .ToList();
        var projection = Projection.For<TChild>(context, childType, Selections.Of(context, context.FieldAst.SelectionSet, childType), [childKey]) is { } selected
            ? Expression.Lambda<Func<KeyedRow<TParent, TChild>, KeyedRow<TParent, TChild>>>(Expression.MemberInit(
                Expression.New(typeof(KeyedRow<TParent, TChild>)),
                Expression.Bind(typeof(KeyedRow<TParent, TChild>).GetProperty(nameof(KeyedRow<TParent, TChild>.ParentKey))!, Expression.Property(row, nameof(KeyedRow<TParent, TChild>.ParentKey))),
                Expression.Bind(typeof(KeyedRow<TParent, TChild>).GetProperty(nameof(KeyedRow<TParent, TChild>.Row))!, Paths.Apply(selected, child))), row)
            : null;

        return (session, keys) =>
        {
            var rows = session.Query<TParent>().Where(parentType.KeyIn(keys)).SelectMany(children, KeyedRow.Selector<TParent, TChild>(parentType.Key));
            if (filter is not null)
            {
                rows = rows.Where(filter);
            }

            var ordered = rows.OrderBy(r => r.ParentKey);
            foreach (var (selector, descending, valueType) in order)
            {
                ordered = (IOrderedQueryable<KeyedRow<TParent, TChild>>)ordered.Provider.CreateQuery<KeyedRow<TParent, TChild>>(Expression.Call(
                    typeof(Queryable), descending ? nameof(Queryable.ThenByDescending) : nameof(Queryable.ThenBy),
                    [typeof(KeyedRow<TParent, TChild>), valueType], ordered.Expression, Expression.Quote(selector)));
            }

            return projection is null ? ordered : ordered.Select(projection);
        };
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
}
