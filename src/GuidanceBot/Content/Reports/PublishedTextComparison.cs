using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Rules;
using GuidanceBot.Content.Walks;

namespace GuidanceBot.Content.Reports;

public enum CitationChangeKind { Gone, Moved }

/// <summary>A passage the content cites that a newly published text no longer has, or has in another section.</summary>
public sealed record CitationChange(CitationChangeKind Kind, string Where, string Locator, string Section, string? NowIn);

public enum SectionChangeKind { New, Changed, Gone }

/// <summary>A section of the procedure that is new, reworded, or whose start can no longer be found, in the new text.</summary>
public sealed record SectionChange(SectionChangeKind Kind, string Section);

/// <summary>What changed between a profile's published text in the repository and a newly published one.</summary>
public sealed record PublishedTextChanges(IReadOnlyList<CitationChange> Citations, IReadOnlyList<SectionChange> Sections)
{
    public bool NeedsWork => Citations.Count > 0 || Sections.Count > 0;
}

/// <summary>
/// For a procedure owner updating the bot after the council changes its page: given the newly published text of a
/// profile, every citation (in procedures/ and in every walk) whose passage is gone or has moved to another section,
/// and every section that is new, reworded or no longer found. Pure: texts in, changes out.
/// </summary>
public static class PublishedTextComparison
{
    public static PublishedTextChanges Compare(ProcedureProfile profile, IReadOnlyList<Walk> walks, string oldText, string newText)
    {
        var before = Locator.Normalize(oldText);
        var after = Locator.Normalize(newText);
        var startsAfter = SectionStarts.In(profile, after);

        var citations = new List<CitationChange>();
        foreach (var (where, locator, section) in Cited(profile, walks))
        {
            var found = Occurrences(after, Locator.Normalize(locator)).Select(at => SectionAt(startsAfter, at)).ToList();
            if (found.Count == 0) citations.Add(new CitationChange(CitationChangeKind.Gone, where, locator, section, null));
            else if (section.Length > 0 && !found.Contains(section))
                citations.Add(new CitationChange(CitationChangeKind.Moved, where, locator, section, found[0]));
        }

        var sections = new List<SectionChange>();
        var startsBefore = SectionStarts.In(profile, before);
        foreach (var section in profile.Sections)
        {
            if (!startsAfter.Any(s => s.Id == section.Id)) { sections.Add(new SectionChange(SectionChangeKind.Gone, section.Id)); continue; }
            if (Text(startsBefore, before, section.Id) != Text(startsAfter, after, section.Id))
                sections.Add(new SectionChange(SectionChangeKind.Changed, section.Id));
        }
        var oldHeadings = SeedChecks.NumberedHeadings(oldText).Select(Locator.Normalize).ToHashSet();
        foreach (var heading in SeedChecks.NumberedHeadings(newText).Select(Locator.Normalize).Where(h => !oldHeadings.Contains(h)))
            sections.Add(new SectionChange(SectionChangeKind.New, heading));
        return new PublishedTextChanges(citations.Distinct().ToList(), sections);
    }

    /// <summary>Every locator that names this profile, with where it is used and the section it cites.</summary>
    private static IEnumerable<(string Where, string Locator, string Section)> Cited(ProcedureProfile profile, IReadOnlyList<Walk> walks)
    {
        foreach (var s in profile.Sections)
        {
            yield return ($"procedure.yaml section {s.Id} (start)", s.Start, s.Id);
            foreach (var (step, n) in s.Steps.Select((step, n) => (step, n + 1))) yield return ($"procedure.yaml section {s.Id} step {n}", step.Locator, s.Id);
        }
        foreach (var e in profile.Directory.Entries.Where(e => e.Locator is not null)) yield return ($"directory.yaml entry {e.Id}", e.Locator!, "");
        foreach (var walk in walks)
        foreach (var outcome in walk.Outcomes)
        {
            var citations = outcome.Sources.Concat(outcome.Notes.SelectMany(n => n.Sources)).Concat(outcome.Checklist?.Items.SelectMany(i => i.Sources) ?? []);
            foreach (var c in citations.Where(c => c.Source == profile.Id)) yield return ($"dialogs/{walk.Id}.yaml outcome {outcome.Id}", c.Locator, c.Section);
        }
    }

    private static IEnumerable<int> Occurrences(string text, string needle)
    {
        if (needle.Length == 0) yield break;
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
            yield return at;
    }

    private static string? SectionAt(List<(int At, string Id)> starts, int at) => starts.LastOrDefault(s => s.At <= at).Id;

    private static string Text(List<(int At, string Id)> starts, string normalized, string id)
    {
        var index = starts.FindIndex(s => s.Id == id);
        if (index < 0) return "";
        var end = index + 1 < starts.Count ? starts[index + 1].At : normalized.Length;
        return normalized[starts[index].At..end];
    }
}
