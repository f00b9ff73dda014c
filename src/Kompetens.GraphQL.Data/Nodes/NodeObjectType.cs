using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using Kompetens.GraphQL.Data.Batching;
using Kompetens.GraphQL.Data.Expressions;
using Kompetens.GraphQL.Data.Ids;
using Kompetens.GraphQL.Data.Projections;
using Kompetens.GraphQL.Data.Querying;
using Kompetens.GraphQL.Data.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.GraphQL.Data.Nodes;

/// <summary>
/// An object type for a stored entity with a UUID key: implements <c>Node</c>, exposes the global <c>id</c>,
/// loads objects by key in one query per request level (for <c>node</c>, <c>nodes</c> and references), and
/// declares its relations so that filters, sorting and projections can follow them.
/// </summary>
public abstract class NodeObjectType<T> : QueryableObjectType<T>, INodeType
    where T : class
{
    private readonly Func<T, Guid> keyOf;

    protected NodeObjectType(string name, string description, Expression<Func<T, Guid>> key)
    {
        Name = name;
        Description = description;
        Key = key;
        this.SetKey(key);
        keyOf = key.Compile();
        Interface<NodeInterfaceType>();
        IsTypeOf = value => value is T;
        var id = Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The global, opaque and URL-safe identifier of the object; use it with `node(id:)`.")
            .Resolve(context => GlobalId.Format(Name, keyOf(context.Source)));
        id.FieldType.SetGlobalId(key);
        id.FieldType.SetRequires([key]);
    }

    /// <summary>The entity's key, for queries and cursors.</summary>
    public Expression<Func<T, Guid>> Key { get; }

    LambdaExpression INodeType.KeyExpression => Key;

    public Guid KeyOf(T entity) => keyOf(entity);

    /// <summary>
    /// The object with key <paramref name="id"/> as the result of the field that <paramref name="context"/> resolves,
    /// batched with every other key asked for under the same selection, and loaded with only the columns that
    /// selection reads (to-one relations joined in).
    /// </summary>
    public IDataLoaderResult<T?> Load(IResolveFieldContext context, Guid id)
    {
        var projects = Projects(context);

        // One loader per type and selection in the document: every parent on a level shares it; another selection
        // (an alias, another field) gets its own, so a partly loaded object is never served to a selection it lacks.
        // The projection is made now, while the resolver runs: GraphQL.NET reuses the context once it returns.
        return context.BatchLoader<Guid, T?>((this, projects ? context.FieldAst : null), () =>
        {
            var projection = projects ? Projection.For<T>(context, this, Selections.Of(context, context.FieldAst.SelectionSet, this), [Key]) : null;
            var sessions = context.RequestServices!.GetRequiredService<IQuerySessionFactory>();
            return new BatchLoader<Guid, T?>(async (ids, cancellationToken) =>
            {
                await using var session = await sessions.OpenAsync(cancellationToken);
                var query = session.Query<T>().Where(KeyIn(ids));
                var rows = await (projection is null ? query : query.Select(projection)).ToListAsync(cancellationToken);
                return rows.ToDictionary(keyOf, row => (T?)row);
            });
        }).Load(id, null);
    }

    /// <summary>True when the field resolves to this type (or an interface of it), so its selection is this object's.</summary>
    private bool Projects(IResolveFieldContext context) =>
        context.FieldAst is not null && context.FieldDefinition?.ResolvedType?.GetNamedType() is { } result
        && (result == this || (result is IInterfaceGraphType && ResolvedInterfaces.Contains(result)));

    IDataLoaderResult<object?> INodeType.LoadNode(IResolveFieldContext context, Guid id) => new Boxed(Load(context, id));

    /// <summary><c>x => keys.Contains(x.Key)</c>, which PostgreSQL runs as <c>= ANY(@keys)</c>.</summary>
    public Expression<Func<T, bool>> KeyIn(IEnumerable<Guid> keys)
    {
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], QueryParameter.Of(keys.ToList(), typeof(List<Guid>)), Key.Body);
        return Expression.Lambda<Func<T, bool>>(contains, Key.Parameters);
    }

    /// <summary>
    /// A to-one relation: <paramref name="navigation"/> when the query joined it in, otherwise loaded by
    /// <paramref name="foreignKey"/> in one batch per level. Null when the foreign key is null.
    /// </summary>
    protected FieldBuilder<T, object> Reference<TTargetType>(string name, Expression<Func<T, object?>> navigation, Func<T, Guid?> foreignKey)
        where TTargetType : IGraphType, INodeType
        => ReferenceField(Field<TTargetType>(name), navigation, foreignKey);

    /// <summary>A to-one relation that always exists (a required foreign key).</summary>
    protected FieldBuilder<T, object> RequiredReference<TTargetType>(string name, Expression<Func<T, object?>> navigation, Func<T, Guid> foreignKey)
        where TTargetType : IGraphType, INodeType
        => ReferenceField(Field<NonNullGraphType<TTargetType>>(name), navigation, source => foreignKey(source));

    private static FieldBuilder<T, object> ReferenceField(FieldBuilder<T, object> builder, Expression<Func<T, object?>> navigation, Func<T, Guid?> foreignKey)
    {
        var path = Expression.Lambda(Paths.StripConvert(navigation.Body), navigation.Parameters);
        builder.FieldType.SetNavigation(new Navigation(path, path.ReturnType, IsCollection: false));
        var related = navigation.Compile();
        return builder.Resolve(context => related(context.Source) ?? (foreignKey(context.Source) is { } id && id != Guid.Empty
            ? ((INodeType)context.FieldDefinition.ResolvedType!.GetNamedType()).LoadNode(context, id)
            : null));
    }

    /// <summary>
    /// A to-many relation along a navigation (one-to-many or many-to-many) as a list with <c>where</c> and
    /// <c>order</c>, loaded for all parents of the level in one statement with only the selected columns.
    /// </summary>
    protected FieldBuilder<T, object> Children<TChildType>(string name, Expression<Func<T, IEnumerable<object>>> navigation)
        where TChildType : IComplexGraphType, INodeType
    {
        var path = Expression.Lambda(Paths.StripConvert(navigation.Body), navigation.Parameters);
        var childType = path.ReturnType.GetInterfaces().Append(path.ReturnType)
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)).GetGenericArguments()[0];
        var builder = Field<NonNullGraphType<ListGraphType<NonNullGraphType<TChildType>>>>(name)
            .Argument<Filtering.FilterInputGraphType<TChildType>>("where", "Only the items that match this condition.")
            .Argument<ListGraphType<NonNullGraphType<Sorting.SortInputGraphType<TChildType>>>>("order", "The order of the items; the default is by creation.");
        builder.FieldType.SetNavigation(new Navigation(path, childType, IsCollection: true));
        var loader = (IChildrenLoader)Activator.CreateInstance(typeof(ChildrenLoader<,>).MakeGenericType(typeof(T), childType), this, path)!;
        return builder.Resolve(loader.Load);
    }

    private sealed class Boxed(IDataLoaderResult<T?> inner) : IDataLoaderResult<object?>
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => await inner.GetResultAsync(cancellationToken);
    }
}
