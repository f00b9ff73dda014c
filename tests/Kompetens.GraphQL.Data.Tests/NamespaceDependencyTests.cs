using Kompetens.Tests.Shared;

namespace Kompetens.GraphQL.Data.Tests;

/// <summary>
/// The library's namespaces form a DAG: read from the source files (using directives, qualified references and
/// the names of types that a namespace sees without a using), so a new cycle fails here with its path.
/// </summary>
public sealed class NamespaceDependencyTests
{
    private const string Root = "Kompetens.GraphQL.Data";

    [Fact]
    public void The_namespaces_of_the_library_have_no_cycle()
    {
        var graph = NamespaceGraph.Build(NamespaceGraph.SourceFiles(Root), Root);

        var cycle = NamespaceGraph.FindCycle(graph);

        Assert.True(cycle is null, $"The library's namespaces depend on each other in a cycle: {string.Join(" → ", cycle ?? [])}. The graph: "
            + string.Join("; ", graph.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key} → {string.Join(", ", n.Value.Order(StringComparer.Ordinal))}")));
    }

    [Fact]
    public void The_graph_sees_every_kind_of_reference()
    {
        // A cycle made of each kind of reference the graph reads must be found, or the test above proves nothing.
        var files = new Dictionary<string, string>
        {
            ["A/X.cs"] = "using Kompetens.GraphQL.Data.B;\nnamespace Kompetens.GraphQL.Data.A;\npublic class X { }",
            ["B/Y.cs"] = "namespace Kompetens.GraphQL.Data.B;\npublic class Y { C.Z z; }",
            ["C/Z.cs"] = "namespace Kompetens.GraphQL.Data.C;\npublic class Z { Kompetens.GraphQL.Data.D.W w; }",
            ["D/W.cs"] = "namespace Kompetens.GraphQL.Data.D;\npublic class W { Top t; }",
            ["Top.cs"] = "namespace Kompetens.GraphQL.Data;\n// uses A in a comment only: A.X\npublic class Top { A.X x; }",
        };

        var cycle = NamespaceGraph.FindCycle(NamespaceGraph.Build(files, Root));

        Assert.NotNull(cycle);
        Assert.Equal(6, cycle.Count);
        Assert.Equal(cycle[0], cycle[^1]);
    }

    [Fact]
    public void Comments_and_strings_are_not_references()
    {
        var files = new Dictionary<string, string>
        {
            ["A/X.cs"] = "namespace Kompetens.GraphQL.Data.A;\n/// <see cref=\"B.Y\"/>\npublic class X { string s = \"B.Y\"; }",
            ["B/Y.cs"] = "using Kompetens.GraphQL.Data.A;\nnamespace Kompetens.GraphQL.Data.B;\npublic class Y { X x; }",
        };

        Assert.Null(NamespaceGraph.FindCycle(NamespaceGraph.Build(files, Root)));
    }
}
