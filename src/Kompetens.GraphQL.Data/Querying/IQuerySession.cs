namespace Kompetens.GraphQL.Data.Querying;

/// <summary>
/// A short-lived unit of database access (for EF Core: one pooled <c>DbContext</c>). Every resolver opens its own,
/// so resolvers that GraphQL.NET runs in parallel never share a context.
/// </summary>
public interface IQuerySession : IAsyncDisposable
{
    /// <summary>All rows of <typeparamref name="T"/>, untracked.</summary>
    IQueryable<T> Query<T>() where T : class;
}

/// <summary>Opens <see cref="IQuerySession"/>s; registered by the application.</summary>
public interface IQuerySessionFactory
{
    Task<IQuerySession> OpenAsync(CancellationToken cancellationToken);
}
