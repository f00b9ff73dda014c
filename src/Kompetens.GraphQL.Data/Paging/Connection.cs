namespace Kompetens.GraphQL.Data.Paging;

/// <summary>One page of a list, in the Relay connection shape.</summary>
public sealed class Connection(IReadOnlyList<Edge> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> countAsync)
{
    public IReadOnlyList<Edge> Edges { get; } = edges;

    public IEnumerable<object> Nodes => Edges.Select(e => e.Node);

    public PageInfo PageInfo { get; } = pageInfo;

    /// <summary>Counts the whole list (not the page) in its own statement; only runs when <c>totalCount</c> is selected.</summary>
    public Func<CancellationToken, Task<int>> CountAsync { get; } = countAsync;
}

public sealed record Edge(string Cursor, object Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
