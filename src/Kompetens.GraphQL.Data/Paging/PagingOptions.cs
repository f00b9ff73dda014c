namespace Kompetens.GraphQL.Data.Paging;

/// <summary>Page sizes of one list field. Asking for more than <see cref="MaxPageSize"/> is an error, never a silent cut.</summary>
public sealed record PagingOptions
{
    public static PagingOptions Default { get; } = new();

    public int DefaultPageSize { get; init; } = 10;

    public int MaxPageSize { get; init; } = 100;

    /// <summary>
    /// As HotChocolate's <c>RequirePagingBoundaries</c>: the client must say how many items it wants (<c>first</c>
    /// or <c>last</c>, or <c>take</c>), instead of getting <see cref="DefaultPageSize"/>; otherwise <c>HC0052</c>.
    /// </summary>
    public bool RequirePagingBoundaries { get; init; }
}

/// <summary>How a root list of <typeparamref name="TNode"/> is exposed.</summary>
public sealed record ListOptions<TNode>
{
    public PagingOptions Paging { get; init; } = PagingOptions.Default;

    /// <summary>
    /// Adds a <c>search: String</c> argument that narrows the list with this query (for example a case- and
    /// accent-insensitive match on names that the database runs).
    /// </summary>
    public Func<IQueryable<TNode>, string, IQueryable<TNode>>? Search { get; init; }
}
