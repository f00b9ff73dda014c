using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Kompetens.GraphQL.Data.Nodes;
using Kompetens.GraphQL.Data.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetens.GraphQL.Data.Paging;

/// <summary>The one way to expose a list as a HotChocolate-style cursor connection, paged by keyset in SQL.</summary>
public static class ConnectionFieldExtensions
{
    public static FieldBuilder<TSource, object> Connection<TSource, TNodeType, TNode>(
        this ObjectGraphType<TSource> type,
        string name,
        PagingOptions? paging = null,
        Func<IQueryable<TNode>, IResolveFieldContext<TSource>, IQueryable<TNode>>? scope = null)
        where TNodeType : NodeObjectType<TNode>
        where TNode : class
    {
        paging ??= PagingOptions.Default;
        var prefix = char.ToUpperInvariant(name[0]) + name[1..];
        return type.Field(name, new ConnectionGraphType<TNodeType>(prefix))
            .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list.")
            .Argument<StringGraphType>("after", "Returns the elements in the list that come after the specified cursor.")
            .Argument<IntGraphType>("last", "Returns the last _n_ elements from the list.")
            .Argument<StringGraphType>("before", "Returns the elements in the list that come before the specified cursor.")
            .ResolveAsync(async context =>
            {
                var nodeType = NodeTypeOf<TNodeType>(context);
                var request = PageRequest.From(context, paging);
                IReadOnlyList<SortKey<TNode>> keys = [new SortKey<TNode>(nodeType.Key, descending: false)];
                var fingerprint = $"{type.Name}.{name}";
                var sessions = context.RequestServices!.GetRequiredService<IQuerySessionFactory>();
                IQueryable<TNode> Source(IQuerySession session) => scope is null ? session.Query<TNode>() : scope(session.Query<TNode>(), context);

                await using var session = await sessions.OpenAsync(context.CancellationToken);
                var query = Source(session);
                if (request.After is not null)
                {
                    query = query.Where(Keyset.After(keys, Decode(request.After, fingerprint, keys), reverse: false));
                }

                if (request.Before is not null)
                {
                    query = query.Where(Keyset.After(keys, Decode(request.Before, fingerprint, keys), reverse: true));
                }

                var rows = await Keyset.Order(query, keys, reverse: !request.Forward).Take(request.Size + 1).ToListAsync(context.CancellationToken);
                var hasMore = rows.Count > request.Size;
                if (hasMore)
                {
                    rows.RemoveAt(rows.Count - 1);
                }

                if (!request.Forward)
                {
                    rows.Reverse();
                }

                var edges = rows.Select(row => new Edge(Cursor.Encode(fingerprint, keys, row), row)).ToList();
                var pageInfo = request.Forward
                    ? new PageInfo(hasMore, request.After is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor)
                    : new PageInfo(request.Before is not null, hasMore, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);

                return new Connection(edges, pageInfo, async cancellationToken =>
                {
                    await using var countSession = await sessions.OpenAsync(cancellationToken);
                    return await Source(countSession).CountAsync(cancellationToken);
                });
            });
    }

    private static TNodeType NodeTypeOf<TNodeType>(IResolveFieldContext context) =>
        (TNodeType)((IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType()).GetField("nodes")!.ResolvedType!.GetNamedType();

    private static object?[] Decode<TNode>(string cursor, string fingerprint, IReadOnlyList<SortKey<TNode>> keys) =>
        Cursor.TryDecode(cursor, fingerprint, keys, out var values)
            ? values
            : throw new ExecutionError($"The cursor '{cursor}' is not valid for this list.") { Code = DataErrorCodes.CursorInvalid };

    private sealed record PageRequest(bool Forward, int Size, string? After, string? Before)
    {
        public static PageRequest From(IResolveFieldContext context, PagingOptions paging)
        {
            var first = context.GetArgument<int?>("first");
            var last = context.GetArgument<int?>("last");
            if (first is not null && last is not null)
            {
                throw new ExecutionError("Pass either `first` or `last`, not both.") { Code = DataErrorCodes.PagingArgumentsConflict };
            }

            var size = first ?? last ?? paging.DefaultPageSize;
            if (size < 0 || size > paging.MaxPageSize)
            {
                throw new ExecutionError(
                    $"`{(last is null ? "first" : "last")}` must be between 0 and {paging.MaxPageSize} for the field `{context.FieldDefinition.Name}`; it was {size}.")
                    { Code = DataErrorCodes.PageSizeInvalid };
            }

            return new PageRequest(last is null, size, context.GetArgument<string?>("after"), context.GetArgument<string?>("before"));
        }
    }
}
