using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Kompetens.GraphQL.Data.Expressions;
using Kompetens.GraphQL.Data.Filtering;
using Kompetens.GraphQL.Data.Limits;
using Kompetens.GraphQL.Data.Nodes;
using Kompetens.GraphQL.Data.Projections;
using Kompetens.GraphQL.Data.Querying;
using Kompetens.GraphQL.Data.Sorting;

namespace Kompetens.GraphQL.Data.Paging;

/// <summary>
/// What a list field's arguments and selection make of its source: the filtered rows (<c>search</c>, <c>where</c>),
/// the sort keys (<c>order</c> plus the unique key) and the projection of the selected fields.
/// </summary>
internal sealed class ListQuery<TNode>
    where TNode : class
{
    // GraphQL.NET reuses resolver contexts once a resolver returns, so everything read from it is read here.
    private readonly IResolveFieldContext context;
    private readonly Func<IQueryable<TNode>, IQueryable<TNode>>? search;
    private readonly Expression<Func<TNode, bool>>? filter;

    public ListQuery(IResolveFieldContext context, NodeObjectType<TNode> nodeType, ListOptions<TNode> options)
    {
        this.context = context;
        NodeType = nodeType;
        if (options.Search is not null && context.GetArgument<string?>("search") is { Length: > 0 } text)
        {
            search = rows => options.Search(rows, text);
        }

        var limits = InputBounds.Of(context);
        filter = FilterExpressions.Build<TNode>(nodeType, context.GetArgument<object?>("where"), limits);
        Keys = SortExpressions.Build<TNode>(nodeType, context.GetArgument<object?>("order"), nodeType.Key, limits);
        var order = $"{context.ParentType.Name}.{context.FieldDefinition.Name}:" + string.Join(",", Keys.Select(k => $"{k.Selector.Body}{(k.Descending ? "-" : "+")}"));
        Fingerprint = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(order)))[..16];
    }

    public NodeObjectType<TNode> NodeType { get; }

    public IReadOnlyList<SortKey<TNode>> Keys { get; }

    /// <summary>Names the list and its order, so cursors of another list or order are refused.</summary>
    public string Fingerprint { get; }

    public IQueryable<TNode> Filtered(IQuerySession session)
    {
        var rows = search is null ? session.Query<TNode>() : search(session.Query<TNode>());
        return filter is null ? rows : rows.Where(filter);
    }

    /// <summary>Call while the resolver runs. <c>row =&gt; new PageRow { Row = selected columns, Keys = [sort key values] }</c>.</summary>
    public Expression<Func<TNode, PageRow<TNode>>> Page(IEnumerable<SelectedField> selected)
    {
        var row = Expression.Parameter(typeof(TNode), "row");
        var projection = Projection.For<TNode>(context, NodeType, selected, [NodeType.Key]);
        var keys = Expression.NewArrayInit(typeof(object), Keys.Select(k => Expression.Convert(Paths.Apply(k.Selector, row), typeof(object))));
        return Expression.Lambda<Func<TNode, PageRow<TNode>>>(Expression.MemberInit(
            Expression.New(typeof(PageRow<TNode>)),
            Expression.Bind(typeof(PageRow<TNode>).GetProperty(nameof(PageRow<TNode>.Row))!, projection is null ? row : Paths.Apply(projection, row)),
            Expression.Bind(typeof(PageRow<TNode>).GetProperty(nameof(PageRow<TNode>.Keys))!, keys)), row);
    }

    /// <summary>The fields selected on the node type under the given path of the list field's selection.</summary>
    public IEnumerable<SelectedField> SelectedNodes(params string[][] paths)
    {
        var listType = (IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType();
        var top = Selections.Of(context, context.FieldAst.SelectionSet, listType);
        foreach (var path in paths)
        {
            IEnumerable<SelectedField> level = top;
            IComplexGraphType levelType = listType;
            foreach (var step in path)
            {
                var nextType = (IComplexGraphType)levelType.GetField(step)!.ResolvedType!.GetNamedType();
                level = Selections.Under(context, level, step, nextType);
                levelType = nextType;
            }

            foreach (var field in level)
            {
                yield return field;
            }
        }
    }
}

/// <summary>A row of a page and the values of its sort keys (for its cursor).</summary>
public sealed class PageRow<T>
{
    public T Row { get; init; } = default!;

    public object?[] Keys { get; init; } = [];
}
