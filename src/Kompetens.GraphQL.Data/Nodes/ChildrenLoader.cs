using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Kompetens.GraphQL.Data.Batching;
using Kompetens.GraphQL.Data.Expressions;
using Kompetens.GraphQL.Data.Filtering;
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
        var loader = context.BatchLoader<Guid, IReadOnlyList<TChild>>(context.FieldAst, () => new(async (keys, cancellationToken) =>
        {
            await using var session = await context.RequestServices!.GetRequiredService<IQuerySessionFactory>().OpenAsync(cancellationToken);
            var rows = await Query(session, context, keys).ToListAsync(cancellationToken);
            return rows.GroupBy(r => r.ParentKey).ToDictionary(g => g.Key, g => (IReadOnlyList<TChild>)[.. g.Select(r => r.Row)]);
        }));
        return loader.Load(parentType.KeyOf((TParent)context.Source!), []);
    }

    private IQueryable<KeyedRow<TParent, TChild>> Query(IQuerySession session, IResolveFieldContext context, IReadOnlyCollection<Guid> keys)
    {
        var childType = (IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType();
        var childKey = ((INodeType)childType).KeyExpression;
        var rows = session.Query<TParent>().Where(parentType.KeyIn(keys)).SelectMany(children, KeyedRow.Selector<TParent, TChild>(parentType.Key));

        var row = Expression.Parameter(typeof(KeyedRow<TParent, TChild>), "keyed");
        var child = Expression.Property(row, nameof(KeyedRow<TParent, TChild>.Row));
        if (FilterExpressions.Build<TChild>(childType, context.GetArgument<object?>("where")) is { } filter)
        {
            rows = rows.Where(Expression.Lambda<Func<KeyedRow<TParent, TChild>, bool>>(Paths.Apply(filter, child), row));
        }

        var ordered = rows.OrderBy(r => r.ParentKey);
        foreach (var key in SortExpressions.Build<TChild>(childType, context.GetArgument<object?>("order"), childKey))
        {
            var selector = Expression.Lambda(Paths.Apply(key.Selector, child), row);
            ordered = (IOrderedQueryable<KeyedRow<TParent, TChild>>)ordered.Provider.CreateQuery<KeyedRow<TParent, TChild>>(Expression.Call(
                typeof(Queryable), key.Descending ? nameof(Queryable.ThenByDescending) : nameof(Queryable.ThenBy),
                [typeof(KeyedRow<TParent, TChild>), key.ValueType], ordered.Expression, Expression.Quote(selector)));
        }

        var projection = Projection.For<TChild>(context, childType, Selections.Of(context, context.FieldAst.SelectionSet, childType), [childKey]);
        if (projection is null)
        {
            return ordered;
        }

        var projected = Expression.MemberInit(
            Expression.New(typeof(KeyedRow<TParent, TChild>)),
            Expression.Bind(typeof(KeyedRow<TParent, TChild>).GetProperty(nameof(KeyedRow<TParent, TChild>.ParentKey))!, Expression.Property(row, nameof(KeyedRow<TParent, TChild>.ParentKey))),
            Expression.Bind(typeof(KeyedRow<TParent, TChild>).GetProperty(nameof(KeyedRow<TParent, TChild>.Row))!, Paths.Apply(projection, child)));
        return ordered.Select(Expression.Lambda<Func<KeyedRow<TParent, TChild>, KeyedRow<TParent, TChild>>>(projected, row));
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

/// <summary>Swaps one expression for another inside a lambda body.</summary>
public sealed class ParameterReplacer(Expression from, Expression to) : ExpressionVisitor
{
    public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
}
