using System.Runtime.CompilerServices;
using GuidanceBot.Content.Walks;
namespace GuidanceBot.Conversation.Understanding;

/// <summary>Finds the walk a worker asked for by its id, title or a key word.</summary>
public static class WalkNames
{
    /// <summary>The whole text is a walk's id, title or key word.</summary>
    public static Walk? Exact(IEnumerable<Walk> walks, string? text)
    {
        var said = TextNormalizer.Normalize(text);
        if (said.Length == 0) return null;
        return Single(walks.Where(w => Names(w).Contains(said)));
    }

    /// <summary>The text mentions exactly one walk's key word (as whole words). Used only outside a question,
    /// so an answer that happens to mention a key word never restarts a walk.</summary>
    public static Walk? Mentioned(IEnumerable<Walk> walks, string? text)
    {
        var said = " " + TextNormalizer.Normalize(text) + " ";
        if (said.Trim().Length == 0) return null;
        return Single(walks.Where(w => Names(w).Any(name => said.Contains(" " + name + " ", StringComparison.Ordinal))));
    }

    /// <summary>
    /// Each walk's names, normalised once: walks are loaded at start-up and never change, and this runs on every
    /// message. Keyed by the walk object itself, so a walk built elsewhere (tests) gets its own entry and nothing leaks.
    /// </summary>
    private static readonly ConditionalWeakTable<Walk, string[]> NamesOf = new();

    private static string[] Names(Walk walk) =>
        NamesOf.GetValue(walk, w => w.Keywords.Append(w.Id).Append(w.Title).Select(TextNormalizer.Normalize).Where(n => n.Length > 0).ToArray());

    private static Walk? Single(IEnumerable<Walk> matches)
    {
        var list = matches.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }
}
