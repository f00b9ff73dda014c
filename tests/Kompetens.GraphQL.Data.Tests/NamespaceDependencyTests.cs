using System.Text.RegularExpressions;

namespace Kompetens.GraphQL.Data.Tests;

/// <summary>
/// The library's namespaces form a DAG: read from the source files (using directives, qualified references and
/// the names of types that a namespace sees without a using), so a new cycle fails here with its path.
/// </summary>
public sealed partial class NamespaceDependencyTests
{
    private const string Root = "Kompetens.GraphQL.Data";

    [Fact]
    public void The_namespaces_of_the_library_have_no_cycle()
    {
        var graph = Graph(SourceFiles());

        var cycle = FindCycle(graph);

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

        var cycle = FindCycle(Graph(files));

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

        Assert.Null(FindCycle(Graph(files)));
    }

    /// <summary>Namespace → the library namespaces it refers to.</summary>
    private static Dictionary<string, HashSet<string>> Graph(IReadOnlyDictionary<string, string> files)
    {
        var code = files.ToDictionary(f => f.Key, f => StripCommentsAndStrings(f.Value));
        var namespaceOf = code.ToDictionary(f => f.Key, f => NamespaceDeclaration().Match(f.Value) is { Success: true } m ? m.Groups[1].Value : Root);
        var namespaces = namespaceOf.Values.ToHashSet();
        var typesOf = namespaces.ToDictionary(ns => ns, ns => code.Where(f => namespaceOf[f.Key] == ns)
            .SelectMany(f => TypeDeclaration().Matches(f.Value).Select(m => m.Groups[1].Value)).ToHashSet());

        var graph = namespaces.ToDictionary(ns => ns, _ => new HashSet<string>());
        foreach (var (file, text) in code)
        {
            var from = namespaceOf[file];
            foreach (var to in namespaces.Where(to => to != from))
            {
                if (Refers(text, from, to, typesOf[to]))
                {
                    graph[from].Add(to);
                }
            }
        }

        return graph;
    }

    private static bool Refers(string code, string from, string to, HashSet<string> typesOfTarget)
    {
        if (typesOfTarget.Count == 0)
        {
            return false;
        }

        var types = string.Join("|", typesOfTarget.Select(Regex.Escape));

        // `using Kompetens.GraphQL.Data.X;` or `Kompetens.GraphQL.Data.X.Type`.
        if (Regex.IsMatch(code, $@"\busing\s+(static\s+)?{Regex.Escape(to)}\s*;") || Regex.IsMatch(code, $@"\b{Regex.Escape(to)}\.(?:{types})\b"))
        {
            return true;
        }

        // Names the code sees without a using: the types of an enclosing namespace, and `Sibling.Type` through one.
        foreach (var enclosing in Enclosing(from))
        {
            if (to == enclosing && Regex.IsMatch(code, $@"(?<![\w.])(?:{types})\b"))
            {
                return true;
            }

            if (to.StartsWith(enclosing + ".", StringComparison.Ordinal)
                && Regex.IsMatch(code, $@"(?<![\w.]){Regex.Escape(to[(enclosing.Length + 1)..])}\.(?:{types})\b"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The namespaces enclosing <paramref name="ns"/>, itself included, down to the library's root.</summary>
    private static IEnumerable<string> Enclosing(string ns)
    {
        for (var current = ns; current.Length >= Root.Length; current = current.Contains('.', StringComparison.Ordinal) ? current[..current.LastIndexOf('.')] : "")
        {
            yield return current;
        }
    }

    /// <summary>The first cycle found, as a path that ends where it starts; null when there is none.</summary>
    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> graph)
    {
        var state = new Dictionary<string, int>(); // 1 = on the current path, 2 = done
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            // Iterative depth-first search, keeping the path so a cycle can be named.
            var path = new List<string> { start };
            var pending = new Stack<IEnumerator<string>>();
            pending.Push(graph[start].Order(StringComparer.Ordinal).GetEnumerator());
            state[start] = 1;
            while (pending.Count > 0)
            {
                if (!pending.Peek().MoveNext())
                {
                    pending.Pop();
                    state[path[^1]] = 2;
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                var next = pending.Peek().Current;
                if (state.TryGetValue(next, out var seen))
                {
                    if (seen == 1)
                    {
                        return [.. path.Skip(path.IndexOf(next)), next];
                    }

                    continue;
                }

                state[next] = 1;
                path.Add(next);
                pending.Push(graph.GetValueOrDefault(next, []).Order(StringComparer.Ordinal).GetEnumerator());
            }
        }

        return null;
    }

    private static Dictionary<string, string> SourceFiles()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "src", Root)))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var source = Path.Combine(directory.FullName, "src", Root);
        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(source, f), File.ReadAllText);
        Assert.True(files.Count > 10, $"Expected the library's sources under {source}.");
        return files;
    }

    private static string StripCommentsAndStrings(string code) => CommentOrString().Replace(code, m => m.Value.StartsWith('/') ? " " : "\"\"");

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?:struct\s+|class\s+)?([A-Z]\w*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:[^""]|"""")*""|""""""[\s\S]*?""""""|""(?:\\.|[^""\\\n])*""|'(?:\\.|[^'\\\n])'", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();
}
