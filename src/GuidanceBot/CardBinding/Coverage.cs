using GuidanceBot.Procedures;
using GuidanceBot.Walks;

namespace GuidanceBot.CardBinding;

/// <summary>
/// Whether the worker's own procedure covers what a walk follows. Where it lists a section as absent, the
/// answer is the generic procedure's and must say so, rather than pass it off as the local rule.
/// </summary>
public static class Coverage
{
    /// <summary>The sections of <paramref name="walk"/> that <paramref name="profile"/> lacks, by their generic titles.</summary>
    public static IReadOnlyList<string> Missing(Walk walk, ProcedureProfile profile, ProcedureLibrary library) =>
        walk.Sections
            .Where(id => profile.FindSection(id) is null && profile.FindAbsent(id) is not null)
            .Select(id => library.FindProfile(RenderContext.GenericProfile)?.FindSection(id)?.Title ?? id)
            .ToList();

    public static string? Notice(Walk walk, ProcedureProfile? profile, ProcedureLibrary library)
    {
        if (profile is null || profile.Id == RenderContext.GenericProfile) return null;
        var missing = Missing(walk, profile, library);
        if (missing.Count == 0) return null;
        var all = missing.Count == walk.Sections.Count;
        return $"Your procedure ({profile.Name}) does not cover {Join(missing)}. "
            + (all ? "This answer follows the generic tri.x procedure." : "For that part, this answer follows the generic tri.x procedure.");
    }

    private static string Join(IReadOnlyList<string> titles) =>
        titles.Count == 1 ? $"\"{titles[0]}\"" : string.Join(", ", titles.Take(titles.Count - 1).Select(t => $"\"{t}\"")) + $" or \"{titles[^1]}\"";
}
