using Kompetens.Api.Data;
using Kompetens.GraphQL.Data.Querying;
using Microsoft.EntityFrameworkCore;

namespace Kompetens.Api.GraphQL;

/// <summary>
/// Resolvers read through their own pooled <see cref="KompetensDbContext"/>: GraphQL.NET resolves sibling fields in
/// parallel, and a DbContext must never be used by two operations at once. Pooling keeps that cheap, and
/// parallel resolvers keep a widget's several lists from waiting on each other.
/// </summary>
public sealed class QuerySessions(IDbContextFactory<KompetensDbContext> contexts) : IQuerySessionFactory
{
    public async Task<IQuerySession> OpenAsync(CancellationToken cancellationToken) =>
        new Session(await contexts.CreateDbContextAsync(cancellationToken));

    private sealed class Session(KompetensDbContext db) : IQuerySession
    {
        public IQueryable<T> Query<T>() where T : class => db.Set<T>().AsNoTracking();

        public ValueTask DisposeAsync() => db.DisposeAsync();
    }
}
