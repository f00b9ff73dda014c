using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Kompetens.GraphQL.Data.Errors;

namespace Kompetens.GraphQL.Data.Paging;

/// <summary>A checked <c>skip</c>/<c>take</c> request: never negative, never above the field's maximum page size.</summary>
public sealed record OffsetPageRequest(int Skip, int Take)
{
    public static OffsetPageRequest From(IResolveFieldContext context, PagingOptions paging)
    {
        var skip = context.GetArgument<int?>("skip") ?? 0;
        var requested = context.GetArgument<int?>("take");
        if (requested is null && paging.RequirePagingBoundaries)
        {
            throw new ExecutionError($"Pass `take` to say how many items of `{context.FieldDefinition.Name}` you want.") { Code = DataErrorCodes.NoPagingBoundaries };
        }

        if (skip < 0)
        {
            throw new ExecutionError($"`skip` must not be negative; it was {skip}.") { Code = DataErrorCodes.PageSizeNegative };
        }

        var take = requested ?? paging.DefaultPageSize;
        ConnectionFieldExtensions.PageRequest.CheckSize(context, "take", take, paging);
        return new OffsetPageRequest(skip, take);
    }

    /// <summary>The segment of a page read with one row more than asked for (<c>take + 1</c>), which says whether a next page exists.</summary>
    public CollectionSegment Segment(IReadOnlyList<object> rowsPlusOne, Func<CancellationToken, Task<int>> countAsync) =>
        new([.. rowsPlusOne.Take(Take)], new CollectionSegmentInfo(rowsPlusOne.Count > Take, Skip > 0), countAsync);
}

/// <summary>
/// Offset paging (HotChocolate's <c>UseOffsetPaging</c>) for lists that are not an <see cref="IQueryable{T}"/> of
/// nodes, such as rows a hand-written SQL statement computes: <c>skip</c>/<c>take</c> arguments and the
/// <c>{Field}CollectionSegment</c> type; the resolver reads the page it is given.
/// </summary>
public static class OffsetPagingFieldExtensions
{
    public static FieldBuilder<TSource, object> OffsetSegment<TSource, TItemType>(
        this ObjectGraphType<TSource> type, string name, PagingOptions paging, Func<IResolveFieldContext<TSource>, OffsetPageRequest, Task<CollectionSegment>> page)
        where TItemType : IGraphType
        => type.Field(name, new CollectionSegmentGraphType<TItemType>(char.ToUpperInvariant(name[0]) + name[1..]))
            .Argument<IntGraphType>("skip", "The number of items to skip from the start of the list.")
            .Argument<IntGraphType>("take", $"The number of items to return (default {paging.DefaultPageSize}, at most {paging.MaxPageSize}).")
            .ResolveAsync(async context => await page(context, OffsetPageRequest.From(context, paging)));
}
