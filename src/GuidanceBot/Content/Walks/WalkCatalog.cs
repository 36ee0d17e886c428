using GuidanceBot.Content.Procedures;
namespace GuidanceBot.Content.Walks;

/// <summary>
/// Every walk in dialogs/, read and validated once at start-up. If any walk is broken the catalogue is not
/// built: <see cref="WalkLoadException"/> lists every problem in every file, and the app refuses to start.
/// </summary>
public sealed class WalkCatalog
{
    public const string CasesSuffix = ".cases.yaml";

    /// <summary>dialogs/risk.yaml holds the risk cues (Content/Risk), not a walk.</summary>
    public const string RiskFile = "risk.yaml";

    private readonly Dictionary<string, Walk> byId;

    private WalkCatalog(IReadOnlyList<Walk> walks)
    {
        Walks = walks;
        byId = walks.ToDictionary(w => w.Id);
    }

    /// <summary>In file-name order, so menus are stable.</summary>
    public IReadOnlyList<Walk> Walks { get; }

    public Walk? Find(string id) => byId.GetValueOrDefault(id);

    public Walk Get(string id) => Find(id) ?? throw new KeyNotFoundException($"No walk '{id}' in dialogs/.");

    /// <summary>Reads dialogs/*.yaml (not *.cases.yaml); citations must name the library's profiles and legal references.</summary>
    public static WalkCatalog Load(string dialogsDirectory, ProcedureLibrary library) => Load(dialogsDirectory, Task.FromResult(library));

    /// <summary>The same, reading the files while the library is still being read (start-up), then checking them against it.</summary>
    public static WalkCatalog Load(string dialogsDirectory, Task<ProcedureLibrary> library)
    {
        var files = WalkFiles(dialogsDirectory).Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f)));
        var parsed = Parse(files);
        var read = library.GetAwaiter().GetResult();
        return Check(parsed, read.Profiles.Select(p => p.Id).ToList(), read.Law.Select(l => l.Id).ToList());
    }

    /// <summary>The same checks over in-memory files (name, text); lets tests build a catalogue without a folder.</summary>
    public static WalkCatalog FromSources(IEnumerable<(string Name, string Text)> files, IReadOnlyCollection<string> profileIds, IReadOnlyCollection<string>? lawIds = null) =>
        Check(Parse(files), profileIds, lawIds);

    private static List<(string Name, WalkLoadResult Loaded)> Parse(IEnumerable<(string Name, string Text)> files) =>
        files.Select(f => (f.Name, WalkLoader.Parse(f.Text, f.Name))).ToList();

    private static WalkCatalog Check(List<(string Name, WalkLoadResult Loaded)> parsed, IReadOnlyCollection<string> profileIds, IReadOnlyCollection<string>? lawIds)
    {
        var problems = new List<WalkProblem>();
        var walks = new List<Walk>();
        foreach (var (name, loaded) in parsed)
        {
            problems.AddRange(loaded.Problems);
            if (loaded.Walk is null) continue;
            problems.AddRange(WalkValidator.Validate(loaded.Walk, name, profileIds, lawIds));
            walks.Add(loaded.Walk);
        }
        var ids = walks.Select(w => w.Id).ToHashSet();
        foreach (var walk in walks)
            foreach (var outcome in walk.Outcomes)
                foreach (var offer in outcome.Offers.Where(o => !ids.Contains(o)))
                    problems.Add(new WalkProblem(walk.Id + ".yaml", $"outcome/{outcome.Id}", $"offers '{offer}', but there is no such walk in dialogs/"));
        // One phrasing points to one walk; the same words under two walks would teach understanding nothing.
        foreach (var shared in walks.SelectMany(w => w.Examples.Select(e => (Walk: w.Id, Text: e.Trim().ToLowerInvariant())))
                     .GroupBy(x => x.Text).Where(g => g.Select(x => x.Walk).Distinct().Count() > 1))
            problems.Add(new WalkProblem("dialogs/", "examples", $"\"{shared.Key}\" is an example of {string.Join(" and ", shared.Select(x => x.Walk).Distinct())}"));
        foreach (var dup in walks.GroupBy(w => w.Id).Where(g => g.Count() > 1))
            problems.Add(new WalkProblem("dialogs/", dup.Key, "two walk files share this id"));
        if (walks.Count == 0 && problems.Count == 0)
            problems.Add(new WalkProblem("dialogs/", "(folder)", "no walk files found"));

        if (problems.Count > 0) throw new WalkLoadException(problems);
        return new WalkCatalog(walks);
    }

    public static IReadOnlyList<string> WalkFiles(string dialogsDirectory) =>
        Directory.GetFiles(dialogsDirectory, "*.yaml")
            .Where(f => !f.EndsWith(CasesSuffix, StringComparison.Ordinal) && Path.GetFileName(f) != RiskFile)
            .Order(StringComparer.Ordinal)
            .ToList();
}
