using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Walks;
namespace GuidanceBot.Conversation.Cards;

/// <summary>
/// Whether the worker's own procedure covers what an answer rests on. Where it declares a section absent and
/// the answer cites the generic procedure for it, the card says so rather than pass it off as the local rule.
/// Only declared absences count: a section the procedure has, merely not cited here, is never called missing.
/// </summary>
public static class Coverage
{
    /// <summary>For a walk's first question: only when the worker's procedure lacks every section the walk follows.</summary>
    public static string? ForWalk(Walk walk, ProcedureProfile? profile, ProcedureLibrary library)
    {
        if (!IsLocal(profile) || walk.Sections.Count == 0) return null;
        var missing = walk.Sections.Where(id => Lacks(profile!, id)).ToList();
        return missing.Count == walk.Sections.Count
            ? $"Your procedure ({profile!.Name}) has no section on {Titles(missing, library)}. Where it is silent, the answers follow the generic tri.x procedure, and say so."
            : null;
    }

    /// <summary>For an outcome: the generic sections it cites that the worker's procedure lacks.</summary>
    public static string? ForOutcome(IEnumerable<Citation> citations, ProcedureProfile? profile, ProcedureLibrary library)
    {
        if (!IsLocal(profile)) return null;
        var list = citations.ToList();
        var missing = list.Where(c => c.Source == ProfileIds.Generic && Lacks(profile!, c.Section))
            .Select(c => c.Section).Distinct().ToList();
        if (missing.Count == 0) return null;
        return list.Any(c => c.Source == profile!.Id)
            ? $"Your procedure ({profile!.Name}) does not cover {Titles(missing, library)}; for that part this answer follows the generic tri.x procedure."
            : $"Your procedure ({profile!.Name}) does not cover {Titles(missing, library)}. This answer follows the generic tri.x procedure.";
    }

    private static bool IsLocal(ProcedureProfile? profile) => profile is not null && profile.Id != ProfileIds.Generic;

    private static bool Lacks(ProcedureProfile profile, string section) =>
        profile.FindSection(section) is null && profile.FindAbsent(section) is not null;

    private static string Titles(IReadOnlyList<string> sections, ProcedureLibrary library)
    {
        var titles = sections.Select(id => library.FindProfile(ProfileIds.Generic)?.FindSection(id)?.Title ?? id)
            .Select(t => $"\"{t}\"").ToList();
        return titles.Count == 1 ? titles[0] : string.Join(", ", titles.Take(titles.Count - 1)) + " or " + titles[^1];
    }
}
