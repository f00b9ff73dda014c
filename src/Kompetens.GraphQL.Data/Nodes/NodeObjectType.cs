using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Kompetens.GraphQL.Data.Batching;
using Kompetens.GraphQL.Data.Querying;
using Kompetens.GraphQL.Data.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.GraphQL.Data.Nodes;

/// <summary>
/// An object type for a stored entity with a UUID key: implements <c>Node</c>, exposes the global <c>id</c>, and
/// loads objects by key in one query per request level (used by <c>node</c>, <c>nodes</c> and references).
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
        keyOf = key.Compile();
        Interface<NodeInterfaceType>();
        IsTypeOf = value => value is T;
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The global, opaque and URL-safe identifier of the object; use it with `node(id:)`.")
            .Resolve(context => GlobalId.Format(Name, keyOf(context.Source)));
    }

    /// <summary>The entity's key, for queries and cursors.</summary>
    public Expression<Func<T, Guid>> Key { get; }

    public Guid KeyOf(T entity) => keyOf(entity);

    public IDataLoaderResult<T?> Load(IResolveFieldContext context, Guid id) =>
        context.BatchLoader<Guid, T?>(this, () => new BatchLoader<Guid, T?>(async (ids, cancellationToken) =>
        {
            var sessions = context.RequestServices!.GetRequiredService<IQuerySessionFactory>();
            await using var session = await sessions.OpenAsync(cancellationToken);
            var rows = await session.Query<T>().Where(KeyIn(ids)).ToListAsync(cancellationToken);
            return rows.ToDictionary(keyOf, row => (T?)row);
        })).Load(id, null);

    IDataLoaderResult<object?> INodeType.LoadNode(IResolveFieldContext context, Guid id) => new Boxed(Load(context, id));

    /// <summary><c>x => keys.Contains(x.Key)</c>, which PostgreSQL runs as <c>= ANY(@keys)</c>.</summary>
    public Expression<Func<T, bool>> KeyIn(IEnumerable<Guid> keys)
    {
        var list = keys.ToList();
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], Expression.Constant(list), Key.Body);
        return Expression.Lambda<Func<T, bool>>(contains, Key.Parameters);
    }

    private sealed class Boxed(IDataLoaderResult<T?> inner) : IDataLoaderResult<object?>
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => await inner.GetResultAsync(cancellationToken);
    }
}
