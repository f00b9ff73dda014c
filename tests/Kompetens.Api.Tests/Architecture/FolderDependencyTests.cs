using Kompetens.Tests.Shared;

namespace Kompetens.Api.Tests.Architecture;

/// <summary>
/// Features depend on Data, Domain, Security and GraphQL, never the reverse (docs/architecture.md): the
/// infrastructure folders know no feature and no composition code, and have no cycle among themselves. Features may
/// refer to each other only as the domain does (a plan's goals name competences).
/// </summary>
public sealed class FolderDependencyTests
{
    private const string Root = "Kompetens.Api";

    private static readonly string[] Infrastructure = ["Data", "Domain", "Security", "GraphQL", "GraphQL.Mutations", "Http"];

    private static readonly Dictionary<string, HashSet<string>> Graph = NamespaceGraph.Build(NamespaceGraph.SourceFiles(Root), Root);

    [Fact]
    public void Infrastructure_refers_to_no_feature_and_no_composition_code()
    {
        var infrastructure = Infrastructure.Select(f => $"{Root}.{f}").ToHashSet();

        var wrong = Graph.Where(n => infrastructure.Contains(n.Key))
            .SelectMany(n => n.Value.Where(to => !infrastructure.Contains(to)).Select(to => $"{n.Key} → {to}"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Infrastructure_folders_have_no_cycle()
    {
        var infrastructure = Infrastructure.Select(f => $"{Root}.{f}").ToHashSet();
        var graph = Graph.Where(n => infrastructure.Contains(n.Key)).ToDictionary(n => n.Key, n => n.Value.Where(infrastructure.Contains).ToHashSet());

        var cycle = NamespaceGraph.FindCycle(graph);

        Assert.True(cycle is null, string.Join(" → ", cycle ?? []));
    }

    [Fact]
    public void Only_the_composition_root_reaches_the_composition_code()
    {
        var composition = new[] { Root, $"{Root}.Hosting", $"{Root}.DemoData" };

        var wrong = Graph.Where(n => !composition.Contains(n.Key))
            .SelectMany(n => n.Value.Where(composition.Contains).Select(to => $"{n.Key} → {to}"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Empty(wrong);
    }
}
