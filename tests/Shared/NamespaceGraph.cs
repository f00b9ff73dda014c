using System.Text.RegularExpressions;

namespace Kompetens.Tests.Shared;

/// <summary>
/// The dependency graph between the namespaces of a project's source files: using directives, qualified
/// references and the names of types that a namespace sees without a using (comments and strings ignored).
/// Dependency tests of both projects are built on it.
/// </summary>
public static partial class NamespaceGraph
{
    /// <summary>Namespace → the library namespaces it refers to.</summary>
    public static Dictionary<string, HashSet<string>> Build(IReadOnlyDictionary<string, string> files, string root)
    {
        var code = files.ToDictionary(f => f.Key, f => StripCommentsAndStrings(f.Value));
        var namespaceOf = code.ToDictionary(f => f.Key, f => NamespaceDeclaration().Match(f.Value) is { Success: true } m ? m.Groups[1].Value : root);
        var namespaces = namespaceOf.Values.ToHashSet();
        var typesOf = namespaces.ToDictionary(ns => ns, ns => code.Where(f => namespaceOf[f.Key] == ns)
            .SelectMany(f => TypeDeclaration().Matches(f.Value).Select(m => m.Groups[1].Value)).ToHashSet());

        var graph = namespaces.ToDictionary(ns => ns, _ => new HashSet<string>());
        foreach (var (file, text) in code)
        {
            var from = namespaceOf[file];
            foreach (var to in namespaces.Where(to => to != from))
            {
                if (Refers(text, from, to, typesOf[to], root))
                {
                    graph[from].Add(to);
                }
            }
        }

        return graph;
    }

    private static bool Refers(string code, string from, string to, HashSet<string> typesOfTarget, string root)
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
        foreach (var enclosing in Enclosing(from, root))
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

    /// <summary>The namespaces enclosing <paramref name="ns"/>, itself included, down to the root.</summary>
    private static IEnumerable<string> Enclosing(string ns, string root)
    {
        for (var current = ns; current.Length >= root.Length; current = current.Contains('.', StringComparison.Ordinal) ? current[..current.LastIndexOf('.')] : "")
        {
            yield return current;
        }
    }

    /// <summary>The first cycle found, as a path that ends where it starts; null when there is none.</summary>
    public static List<string>? FindCycle(Dictionary<string, HashSet<string>> graph)
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

    public static Dictionary<string, string> SourceFiles(string project)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "src", project)))
        {
            directory = directory.Parent;
        }

        _ = directory ?? throw new InvalidOperationException($"No src/{project} above {AppContext.BaseDirectory}.");
        var source = Path.Combine(directory.FullName, "src", project);
        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(source, f), File.ReadAllText);
        if (files.Count < 10)
        {
            throw new InvalidOperationException($"Expected the sources of {project} under {source}.");
        }

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
