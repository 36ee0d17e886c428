using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;
using GuidanceBot.Tests.Conversation.Turns;

namespace GuidanceBot.Tests.Architecture;

/// <summary>
/// The app's three layers depend one way: Content ← Conversation ← Channels. Every folder is a namespace
/// (GuidanceBot.&lt;Layer&gt;.&lt;Folder&gt;...); no folder may use a folder of a layer to its right, and no folders
/// may depend on each other in a cycle. Program.cs and Log.cs, in the root namespace, compose the layers and
/// sit outside them. Dependencies are read from the compiled code (NetArchTest, over Mono.Cecil), so a fully
/// qualified name or a partially qualified one counts as much as a using directive.
/// </summary>
public sealed class LayerTests
{
    private static readonly string[] Layers = ["Content", "Conversation", "Channels"];

    private static readonly Assembly App = typeof(GuidanceBot.Conversation.Turns.TurnHandler).Assembly;

    /// <summary>Folder namespace → the folders it uses (its own excluded).</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlySet<string>>> Graph = new(BuildGraph);

    public static TheoryData<string> Folders() => [.. FolderNamespaces()];

    [Fact]
    public void EveryTypeLivesInALayerFolder()
    {
        var outside = App.GetTypes()
            .Where(t => !t.IsNested && !t.Name.StartsWith('<') && t.Namespace is not null && t.Namespace.StartsWith("GuidanceBot", StringComparison.Ordinal))
            .Where(t => t.Namespace != "GuidanceBot" && LayerOf(t.Namespace!) < 0)
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(outside);
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void NoFolderUsesALayerToItsRight(string folder)
    {
        var wrong = Graph.Value[folder].Where(used => LayerOf(used) > LayerOf(folder)).ToList();
        Assert.True(wrong.Count == 0, $"{folder} ({Layers[LayerOf(folder)]}) uses {string.Join(", ", wrong)}");
    }

    [Fact]
    public void NoFoldersDependOnEachOtherInACycle()
    {
        var graph = Graph.Value;
        var cycles = new List<string>();
        foreach (var start in graph.Keys)
            foreach (var next in graph[start])
                if (PathExists(graph, next, start))
                    cycles.Add($"{start} → {next} → … → {start}");
        Assert.True(cycles.Count == 0, string.Join(Environment.NewLine, cycles));
    }

    /// <summary>The check itself can fail: a graph with a cycle and a rightward use is caught.</summary>
    [Fact]
    public void TheChecksCatchACycle()
    {
        var graph = new Dictionary<string, IReadOnlySet<string>>
        {
            ["GuidanceBot.Content.A"] = new HashSet<string> { "GuidanceBot.Content.B" },
            ["GuidanceBot.Content.B"] = new HashSet<string> { "GuidanceBot.Content.A" },
        };
        Assert.True(PathExists(graph, "GuidanceBot.Content.B", "GuidanceBot.Content.A"));
        Assert.True(LayerOf("GuidanceBot.Channels.DirectLine") > LayerOf("GuidanceBot.Conversation.Turns"));
    }

    private static bool PathExists(IReadOnlyDictionary<string, IReadOnlySet<string>> graph, string from, string to)
    {
        var seen = new HashSet<string>();
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var at))
        {
            if (at == to) return true;
            if (!seen.Add(at)) continue;
            foreach (var next in graph.GetValueOrDefault(at) ?? new HashSet<string>()) queue.Enqueue(next);
        }
        return false;
    }

    private static int LayerOf(string ns)
    {
        var parts = ns.Split('.');
        return parts.Length >= 3 && parts[0] == "GuidanceBot" ? Array.IndexOf(Layers, parts[1]) : -1;
    }

    private static IEnumerable<string> FolderNamespaces() =>
        App.GetTypes().Select(t => t.Namespace).OfType<string>().Where(ns => LayerOf(ns) >= 0).Distinct().Order(StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, IReadOnlySet<string>> BuildGraph()
    {
        var folders = FolderNamespaces().ToList();
        // A type's folder: its own namespace, or for nested and compiler-generated types, its outermost declaring type's.
        var typesOf = folders.ToDictionary(f => f, f => App.GetTypes().Where(t => !t.IsNested && t.Namespace == f)
            .Select(t => t.FullName!).ToArray());
        var types = Types.InAssembly(App); // read once (Mono.Cecil); each query below filters it
        var graph = new Dictionary<string, IReadOnlySet<string>>();
        foreach (var folder in folders)
        {
            var uses = new HashSet<string>();
            foreach (var other in folders.Where(o => o != folder))
            {
                var users = types.That().ResideInNamespaceMatching("^" + Regex.Escape(folder) + "$")
                    .And().HaveDependencyOnAny(typesOf[other]).GetTypes();
                if (users.Any()) uses.Add(other);
            }
            graph[folder] = uses;
        }
        return graph;
    }
}
