using GraphQL;
using GraphQL.Types;

namespace Kompetens.GraphQL.Data.Paging;

/// <summary>One offset page of a list.</summary>
public sealed class CollectionSegment(IReadOnlyList<object> items, CollectionSegmentInfo pageInfo, Func<CancellationToken, Task<int>> countAsync)
{
    public IReadOnlyList<object> Items { get; } = items;

    public CollectionSegmentInfo PageInfo { get; } = pageInfo;

    public Func<CancellationToken, Task<int>> CountAsync { get; } = countAsync;
}

public sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);

/// <summary><c>{Field}CollectionSegment</c>, as HotChocolate names offset pages.</summary>
public sealed class CollectionSegmentGraphType<TNodeType> : ObjectGraphType<CollectionSegment>
    where TNodeType : IGraphType
{
    public CollectionSegmentGraphType(string prefix)
    {
        Name = prefix + "CollectionSegment";
        Description = "A segment of a collection.";

        // Structural: only reachable through a field that has its own access rule.
        this.AllowAnonymous();
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("items").Description("A flattened list of the items.").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<CollectionSegmentInfoGraphType>>("pageInfo").Description("Information to aid in pagination.").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Identifies the total count of items in the collection.")
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken));
    }
}

/// <summary>HotChocolate's <c>CollectionSegmentInfo</c>.</summary>
public sealed class CollectionSegmentInfoGraphType : ObjectGraphType<CollectionSegmentInfo>
{
    public CollectionSegmentInfoGraphType()
    {
        Name = "CollectionSegmentInfo";
        Description = "Information about the offset pagination.";

        // Structural: only reachable through a field that has its own access rule.
        this.AllowAnonymous();
        Field(x => x.HasNextPage).Description("Indicates whether more items exist following the set defined by the clients arguments.");
        Field(x => x.HasPreviousPage).Description("Indicates whether more items exist prior the set defined by the clients arguments.");
    }
}
