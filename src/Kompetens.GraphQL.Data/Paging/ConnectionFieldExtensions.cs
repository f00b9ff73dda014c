using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Kompetens.GraphQL.Data.Cost;
using Kompetens.GraphQL.Data.Errors;
using Kompetens.GraphQL.Data.Filtering;
using Kompetens.GraphQL.Data.Nodes;
using Kompetens.GraphQL.Data.Querying;
using Kompetens.GraphQL.Data.Sorting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.GraphQL.Data.Paging;

/// <summary>
/// The one way to expose a root list: a HotChocolate-style cursor connection (or an offset collection segment)
/// with <c>where</c>, <c>order</c> and optional <c>search</c>, run as SQL — a filtered, ordered, keyset-paged,
/// projected statement, plus a count only when <c>totalCount</c> is selected.
/// </summary>
public static class ConnectionFieldExtensions
{
    public static FieldBuilder<TSource, object> Connection<TSource, TNodeType, TNode>(
        this ObjectGraphType<TSource> type, string name, ListOptions<TNode>? options = null)
        where TNodeType : NodeObjectType<TNode>
        where TNode : class
    {
        options ??= new ListOptions<TNode>();
        var builder = type.Field(name, new ConnectionGraphType<TNodeType>(Prefix(name)))
            .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list.")
            .Argument<StringGraphType>("after", "Returns the elements in the list that come after the specified cursor.")
            .Argument<IntGraphType>("last", "Returns the last _n_ elements from the list.")
            .Argument<StringGraphType>("before", "Returns the elements in the list that come before the specified cursor.");
        builder.FieldType.WithConnectionListSize(options.Paging.MaxPageSize, options.Paging.DefaultPageSize).WithCost();
        return WithListArguments<TSource, TNodeType, TNode>(builder, options).ResolveAsync(async context =>
        {
            var request = PageRequest.From(context, options.Paging);
            var list = new ListQuery<TNode>(context, NodeTypeOf<TNodeType>(context, "nodes"), options);
            var sessions = context.RequestServices!.GetRequiredService<IQuerySessionFactory>();

            await using var session = await sessions.OpenAsync(context.CancellationToken);
            var query = list.Filtered(session);
            if (request.After is not null)
            {
                query = query.Where(Keyset.After(list.Keys, Decode(request.After, list), reverse: false));
            }

            if (request.Before is not null)
            {
                query = query.Where(Keyset.After(list.Keys, Decode(request.Before, list), reverse: true));
            }

            var rows = await Keyset.Order(query, list.Keys, reverse: !request.Forward)
                .Take(request.Size + 1)
                .Select(list.Page(list.SelectedNodes(["nodes"], ["edges", "node"])))
                .ToListAsync(context.CancellationToken);
            var hasMore = rows.Count > request.Size;
            if (hasMore)
            {
                rows.RemoveAt(rows.Count - 1);
            }

            if (!request.Forward)
            {
                rows.Reverse();
            }

            var edges = rows.Select(row => new Edge(Cursor.Encode(list.Fingerprint, row.Keys), row.Row)).ToList();
            var pageInfo = request.Forward
                ? new PageInfo(hasMore, request.After is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor)
                : new PageInfo(request.Before is not null, hasMore, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
            return new Connection(edges, pageInfo, CountOf(list, sessions));
        });
    }

    /// <summary>An offset-paged list (<c>skip</c>/<c>take</c>), as HotChocolate's <c>UseOffsetPaging</c>; for BI tools that page by number.</summary>
    public static FieldBuilder<TSource, object> CollectionSegment<TSource, TNodeType, TNode>(
        this ObjectGraphType<TSource> type, string name, ListOptions<TNode>? options = null)
        where TNodeType : NodeObjectType<TNode>
        where TNode : class
    {
        options ??= new ListOptions<TNode>();
        var builder = type.Field(name, new CollectionSegmentGraphType<TNodeType>(Prefix(name)))
            .Argument<IntGraphType>("skip", "The number of items to skip from the start of the list.")
            .Argument<IntGraphType>("take", "The number of items to return.");
        builder.FieldType.WithSegmentListSize(options.Paging.MaxPageSize, options.Paging.DefaultPageSize).WithCost();
        return WithListArguments<TSource, TNodeType, TNode>(builder, options).ResolveAsync(async context =>
        {
            var page = OffsetPageRequest.From(context, options.Paging);
            var list = new ListQuery<TNode>(context, NodeTypeOf<TNodeType>(context, "items"), options);
            var sessions = context.RequestServices!.GetRequiredService<IQuerySessionFactory>();

            await using var session = await sessions.OpenAsync(context.CancellationToken);
            var rows = await Keyset.Order(list.Filtered(session), list.Keys, reverse: false)
                .Skip(page.Skip)
                .Take(page.Take + 1)
                .Select(list.Page(list.SelectedNodes(["items"])))
                .ToListAsync(context.CancellationToken);
            return page.Segment([.. rows.Select(r => (object)r.Row)],
                CountOf(list, sessions));
        });
    }

    private static FieldBuilder<TSource, object> WithListArguments<TSource, TNodeType, TNode>(FieldBuilder<TSource, object> builder, ListOptions<TNode> options)
        where TNodeType : NodeObjectType<TNode>
        where TNode : class
    {
        builder
            .Argument<FilterInputGraphType<TNodeType>>("where", "Only the items that match this condition.")
            .Argument<ListGraphType<NonNullGraphType<SortInputGraphType<TNodeType>>>>("order", "The order of the items, key after key; ties end in creation order.");
        builder.FieldType.Arguments!.Find("where")!.WithCost();
        builder.FieldType.Arguments!.Find("order")!.WithCost();
        if (options.Search is not null)
        {
            builder.Argument<StringGraphType>("search", "Only the items whose name contains this text, ignoring case and accents.");
        }

        return builder;
    }

    private static Func<CancellationToken, Task<int>> CountOf<TNode>(ListQuery<TNode> list, IQuerySessionFactory sessions)
        where TNode : class
        => async cancellationToken =>
        {
            await using var session = await sessions.OpenAsync(cancellationToken);
            return await list.Filtered(session).CountAsync(cancellationToken);
        };

    private static string Prefix(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static TNodeType NodeTypeOf<TNodeType>(IResolveFieldContext context, string itemsField) =>
        (TNodeType)((IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType()).GetField(itemsField)!.ResolvedType!.GetNamedType();

    private static object?[] Decode<TNode>(string cursor, ListQuery<TNode> list)
        where TNode : class
        => Cursor.TryDecode(cursor, list.Fingerprint, list.Keys, out var values)
            ? values
            : throw new ExecutionError($"The cursor '{cursor}' is not valid for this list and order.") { Code = DataErrorCodes.CursorInvalid };

    internal sealed record PageRequest(bool Forward, int Size, string? After, string? Before)
    {
        public static PageRequest From(IResolveFieldContext context, PagingOptions paging)
        {
            var first = context.GetArgument<int?>("first");
            var last = context.GetArgument<int?>("last");
            if (first is not null && last is not null)
            {
                throw new ExecutionError("Pass either `first` or `last`, not both.") { Code = DataErrorCodes.PagingArgumentsConflict };
            }

            if (first is null && last is null && paging.RequirePagingBoundaries)
            {
                throw new ExecutionError($"Pass `first` or `last` to say how many items of `{context.FieldDefinition.Name}` you want.") { Code = DataErrorCodes.NoPagingBoundaries };
            }

            var size = first ?? last ?? paging.DefaultPageSize;
            CheckSize(context, last is null ? "first" : "last", size, paging);
            return new PageRequest(last is null, size, context.GetArgument<string?>("after"), context.GetArgument<string?>("before"));
        }

        public static void CheckSize(IResolveFieldContext context, string argument, int size, PagingOptions paging)
        {
            if (size < 0 || size > paging.MaxPageSize)
            {
                throw new ExecutionError($"`{argument}` must be between 0 and {paging.MaxPageSize} for the field `{context.FieldDefinition.Name}`; it was {size}.")
                {
                    Code = size < 0 ? DataErrorCodes.PageSizeNegative : DataErrorCodes.PageSizeTooLarge,
                };
            }
        }
    }
}
