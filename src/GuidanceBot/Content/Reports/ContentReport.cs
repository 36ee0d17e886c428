using System.Globalization;

using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Walks;

namespace GuidanceBot.Content.Reports;

/// <summary>
/// `dotnet run --project src/GuidanceBot -- content-report`: per authority, the sections covered, the sections
/// missing compared with the others, the entries flagged for the procedure owner and the published date,
/// so an owner sees at a glance what to review, and every disagreement with the published texts
/// (procedures/&lt;id&gt;/published.txt).
/// </summary>
public static class ContentReport
{
    public const string Command = "content-report";

    /// <summary>Prints the report; returns 0 when the content loads and agrees with the published texts, 1 otherwise.</summary>
    public static int Run(string proceduresDirectory, TextWriter output)
    {
        output.WriteLine("GuidanceBot procedure content report");
        output.WriteLine($"Procedures: {Path.GetFullPath(proceduresDirectory)}");

        ProcedureLibrary library;
        try
        {
            library = ProcedureLoader.Load(proceduresDirectory);
        }
        catch (ProcedureContentException e)
        {
            output.WriteLine();
            output.WriteLine($"The content does not load ({e.Problems.Count} problems):");
            foreach (var problem in e.Problems) output.WriteLine($"  - {problem}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"The content could not be read: {e.Message}");
            return 1;
        }

        IReadOnlyList<SeedProblem> seedProblems = SeedChecks.Check(library, proceduresDirectory);

        foreach (var profile in library.Profiles) WriteProfile(profile, seedProblems, output);

        output.WriteLine();
        output.WriteLine("Legal references");
        foreach (var law in library.Law)
            output.WriteLine($"  law:{law.Id} - {law.Provision}{(law.Verified ? "" : " (address not verified)")}");

        output.WriteLine();
        var flags = library.Profiles.Sum(p => AllFlags(p).Count());
        var problems = seedProblems.Count;
        output.WriteLine($"Summary: {library.Profiles.Count} profiles, {library.Profiles.Sum(p => p.Sections.Count)} sections, " +
                         $"{library.Profiles.Sum(p => p.Directory.Entries.Count)} directory entries, {flags} flags for owners, " +
                         $"{problems} disagreements with the published texts.");
        return problems == 0 ? 0 : 1;
    }

    private static void WriteProfile(ProcedureProfile p, IReadOnlyList<SeedProblem> seedProblems, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"== {p.Name} ({p.Id}) ==");
        output.WriteLine($"  Authority: {p.Authority}; team: {p.Team}");
        output.WriteLine($"  Page: {p.Url}");
        var published = p.Published is { } date ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : "no date in the published text";
        output.WriteLine($"  Published: {published}{(p.Version is null ? "" : $", {p.Version}")}; text {p.TextFile}, taken {p.Taken?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(no date)"}");
        if (p.Amendment is not null) output.WriteLine($"  Amendment: {p.Amendment}");

        output.WriteLine($"  Sections covered ({p.Sections.Count}):");
        foreach (var s in p.Sections)
            output.WriteLine($"    {s.Id}{(s.Inferred ? " (heading inferred)" : "")}");

        output.WriteLine($"  Sections missing compared with the others ({p.Absent.Count}):");
        foreach (var a in p.Absent)
            output.WriteLine($"    {a.Section} -> see {string.Join(", ", a.See.Select(r => $"{r.Source}/{r.Section}"))}");

        var flags = AllFlags(p).ToList();
        output.WriteLine($"  Flagged for the procedure owner ({flags.Count}):");
        foreach (var (where, flag) in flags)
            output.WriteLine($"    [{where}] {flag.Note}");

        output.WriteLine($"  Directory: {p.Directory.Entries.Count} entries{(p.Directory.Note is null ? "" : $" - {p.Directory.Note}")}");

        var mine = seedProblems.Where(x => x.Profile == p.Id).ToList();
        output.WriteLine(mine.Count == 0 ? "  Seed checks: all locators, headings and contact details agree with the seed." : $"  Seed checks: {mine.Count} problems:");
        foreach (var problem in mine) output.WriteLine($"    {problem.Kind}: {problem.Message}");
    }

    private static IEnumerable<(string Where, OwnerFlag Flag)> AllFlags(ProcedureProfile p) =>
        p.Flags.Select(f => ("profile", f))
            .Concat(p.Sections.SelectMany(s => s.Flags.Select(f => ($"section {s.Id}", f))))
            .Concat(p.Directory.Entries.SelectMany(e => e.Flags.Select(f => ($"directory {e.Name}", f))));

    /// <summary>The procedures folder: beside the app (the csproj copies it), else found above the working directory.</summary>
    public static string DefaultProceduresDirectory()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "procedures");
        if (File.Exists(Path.Combine(beside, "profiles.yaml"))) return beside;
        var root = FindRepoRoot();
        return root is null ? beside : Path.Combine(root, "procedures");
    }

    /// <summary>
    /// Runs the report with the default folders when <paramref name="args"/> starts with the command; null otherwise.
    /// `content-report --compare &lt;profile&gt; &lt;new text file&gt;` compares a newly published text with the one in the repository.
    /// </summary>
    public static int? RunIfRequested(string[] args, TextWriter output)
    {
        if (args.Length == 0 || args[0] != Command) return null;
        if (args.Length >= 2 && args[1] == "--compare")
            return args.Length == 4 ? Compare(DefaultProceduresDirectory(), args[2], args[3], output) : Usage(output);
        return Run(DefaultProceduresDirectory(), output);
    }

    private static int Usage(TextWriter output)
    {
        output.WriteLine("Usage: content-report --compare <profile id> <file holding the newly published page as text>");
        return 2;
    }

    /// <summary>
    /// What to update after the council changes its page: the citations whose passage is gone or moved, and the
    /// sections that are new, reworded or no longer found. Exit 0 when nothing needs work, 1 otherwise, 2 on bad input.
    /// </summary>
    public static int Compare(string proceduresDirectory, string profileId, string newTextFile, TextWriter output)
    {
        ProcedureLibrary library;
        WalkCatalog walks;
        try
        {
            library = ProcedureLoader.Load(proceduresDirectory);
            walks = WalkCatalog.Load(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(proceduresDirectory))!, "dialogs"), library);
        }
        catch (Exception e) when (e is ProcedureContentException or WalkLoadException or IOException)
        {
            output.WriteLine($"The content does not load: {e.Message}");
            return 1;
        }
        if (library.FindProfile(profileId) is not { } profile)
        {
            output.WriteLine($"There is no profile '{profileId}'; the profiles are {string.Join(", ", library.Profiles.Select(p => p.Id))}.");
            return 2;
        }
        if (!File.Exists(newTextFile))
        {
            output.WriteLine($"The file {newTextFile} does not exist.");
            return 2;
        }
        var changes = PublishedTextComparison.Compare(profile, walks.Walks,
            File.ReadAllText(Path.Combine(proceduresDirectory, profile.TextFile)), File.ReadAllText(newTextFile));
        output.WriteLine($"Comparing {profile.Name} ({profile.Id}): {profile.TextFile} with {newTextFile}");
        output.WriteLine($"Citations whose passage is gone ({changes.Citations.Count(c => c.Kind == CitationChangeKind.Gone)}):");
        foreach (var c in changes.Citations.Where(c => c.Kind == CitationChangeKind.Gone)) output.WriteLine($"  {c.Where}: \"{c.Locator}\"");
        output.WriteLine($"Citations whose passage moved to another section ({changes.Citations.Count(c => c.Kind == CitationChangeKind.Moved)}):");
        foreach (var c in changes.Citations.Where(c => c.Kind == CitationChangeKind.Moved)) output.WriteLine($"  {c.Where}: \"{c.Locator}\" was in {c.Section}, now in {c.NowIn}");
        output.WriteLine($"Sections new, reworded or not found ({changes.Sections.Count}):");
        foreach (var s in changes.Sections) output.WriteLine($"  {s.Kind}: {s.Section}");
        output.WriteLine(changes.NeedsWork
            ? "Next: fix the citations listed, review the sections listed, then replace the published text and its taken date."
            : "Nothing the content cites has changed: replace the published text and its taken date.");
        return changes.NeedsWork ? 1 : 0;
    }

    private static string? FindRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "GuidanceBot.sln"))) return dir.FullName;
        }
        return null;
    }
}
