using Kompetens.Api.Data;
using Kompetens.Api.Security;
using Kompetens.GraphQL.Data.Querying;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.GraphQL;

/// <summary>
/// Resolvers read through their own pooled <see cref="KompetensDbContext"/>: GraphQL.NET resolves sibling fields in
/// parallel, and a DbContext must never be used by two operations at once. Pooling keeps that cheap, and
/// parallel resolvers keep a widget's several lists from waiting on each other. Every context carries the
/// caller's row access, so each query, relation and filter reaches only rows the caller may see.
/// </summary>
public sealed class QuerySessions(KompetensContexts contexts, CallerAccessor callers) : IQuerySessionFactory
{
    public async Task<IQuerySession> OpenAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        return new Session(await contexts.OpenAsync(caller.RowAccess, cancellationToken));
    }

    private sealed class Session(KompetensDbContext db) : IQuerySession
    {
        public IQueryable<T> Query<T>() where T : class => db.Set<T>().AsNoTracking();

        public ValueTask DisposeAsync() => db.DisposeAsync();
    }
}
