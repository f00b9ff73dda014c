using GraphQL;
using GraphQL.Types;

namespace Kompetens.GraphQL.Data.Paging;

/// <summary>A connection type named after its field, as HotChocolate names them (<c>employees</c> → <c>EmployeesConnection</c>).</summary>
public sealed class ConnectionGraphType<TNodeType> : ObjectGraphType<Connection>
    where TNodeType : IGraphType
{
    public ConnectionGraphType(string prefix)
    {
        Name = prefix + "Connection";
        Description = "A connection to a list of items.";

        // Structural: only reachable through a field that has its own access rule.
        this.AllowAnonymous();
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Information to aid in pagination.").Resolve(c => c.Source.PageInfo);
        Field("edges", new ListGraphType(new NonNullGraphType(new EdgeGraphType<TNodeType>(prefix))))
            .Description("A list of edges.")
            .Resolve(c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes").Description("A flattened list of the nodes.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Identifies the total count of items in the connection.")
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken));
    }
}

/// <summary>An edge in a connection (<c>EmployeesEdge</c>).</summary>
public sealed class EdgeGraphType<TNodeType> : ObjectGraphType<Edge>
    where TNodeType : IGraphType
{
    public EdgeGraphType(string prefix)
    {
        Name = prefix + "Edge";
        Description = "An edge in a connection.";

        // Structural: only reachable through a field that has its own access rule.
        this.AllowAnonymous();
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("A cursor for use in pagination.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The item at the end of the edge.").Resolve(c => c.Source.Node);
    }
}

/// <summary>Relay's <c>PageInfo</c>.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";

        // Structural: only reachable through a field that has its own access rule.
        this.AllowAnonymous();
        Field(x => x.HasNextPage).Description("Indicates whether more edges exist following the set defined by the clients arguments.");
        Field(x => x.HasPreviousPage).Description("Indicates whether more edges exist prior the set defined by the clients arguments.");
        Field(x => x.StartCursor, nullable: true).Description("When paginating backwards, the cursor to continue.");
        Field(x => x.EndCursor, nullable: true).Description("When paginating forwards, the cursor to continue.");
    }
}
