using GuidanceBot.Content.Procedures;
namespace GuidanceBot.Conversation.Cards;

/// <summary>The worker's own procedure's directory, as card lines: only what the content holds, flags shown.</summary>
public static class DirectoryView
{
    public static (IReadOnlyList<DirectoryGroup> Groups, string? Note) For(ProcedureProfile? profile, IReadOnlyList<string> categories)
    {
        if (profile is null) return ([], "No local directory is available for this procedure.");
        var directory = profile.Directory;
        // In the order the outcome asks for them (a crisis line before general advice), else the directory's own order.
        var wanted = categories.Count == 0
            ? directory.Categories.ToList()
            : categories.Select(id => directory.Categories.FirstOrDefault(c => c.Id == id)).OfType<DirectoryCategory>().ToList();
        var groups = wanted
            .Select(c => new DirectoryGroup(c.Title, directory.Entries.Where(e => e.Category == c.Id && Named(e)).Select(Line).ToList()))
            .Where(g => g.Entries.Count > 0)
            .ToList();
        var note = groups.Count > 0 ? null
            : directory.Note ?? $"{profile.Name} lists no organisations under this heading.";
        return (groups, note);
    }

    /// <summary>The entries with these ids that the worker's own procedure names, under one heading; none: nothing shown.</summary>
    public static (IReadOnlyList<DirectoryGroup>? Groups, string? Note) Entries(ProcedureProfile profile, IReadOnlyList<string> ids, string heading)
    {
        var entries = profile.Directory.Entries.Where(e => ids.Contains(e.Id) && Named(e)).Select(Line).ToList();
        return entries.Count == 0 ? (null, null) : ([new DirectoryGroup(heading, entries)], null);
    }

    /// <summary>Only what the worker's own procedure names reaches a card; entries found elsewhere ("search") are for owners to decide on.</summary>
    private static bool Named(DirectoryEntry e) => e.Basis == "seed";

    private static DirectoryLine Line(DirectoryEntry e)
    {
        var contact = new List<string>();
        contact.AddRange(e.Phones.Select(p => p.Note is null ? $"Phone {p.Number}" : $"Phone {p.Number} ({p.Note})"));
        if (e.Email is not null) contact.Add($"E-mail {e.Email}");
        if (e.Web is not null) contact.Add(e.Web);
        contact.AddRange(e.Links.Select(l => $"[{l.Label}]({l.Url})"));
        if (e.Address is not null) contact.Add(e.Address);
        // Owner flags stay in the content report; a worker sees only the caution written for them.
        var flag = e.Caution;
        return new DirectoryLine(e.Name, e.Purpose, contact.Count == 0 ? null : string.Join(" · ", contact), flag);
    }
}
