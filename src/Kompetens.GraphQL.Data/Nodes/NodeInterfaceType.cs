using GraphQL;
using GraphQL.Types;

namespace Kompetens.GraphQL.Data.Nodes;

/// <summary>The Relay <c>Node</c> interface, as HotChocolate declares it.</summary>
public sealed class NodeInterfaceType : InterfaceGraphType
{
    public NodeInterfaceType()
    {
        Name = "Node";
        Description = "The node interface is implemented by entities that have a global unique identifier.";

        // Structural: only reachable through a field that has its own access rule.
        this.AllowAnonymous();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global, opaque and URL-safe identifier of the object.");
    }
}
