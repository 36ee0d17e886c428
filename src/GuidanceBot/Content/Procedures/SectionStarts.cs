using GuidanceBot.Content.Rules;

namespace GuidanceBot.Content.Procedures;

/// <summary>Where each of a profile's sections starts in its published text, in the profile's order.</summary>
public static class SectionStarts
{
    /// <param name="normalized">The published text after <see cref="Locator.Normalize"/>.</param>
    /// <returns>Each section found, with its position; a section whose start is not found is left out.</returns>
    public static List<(int At, string Id)> In(ProcedureProfile profile, string normalized)
    {
        var starts = new List<(int, string)>();
        var from = 0;
        foreach (var section in profile.Sections)
        {
            var at = normalized.IndexOf(Locator.Normalize(section.Start), from, StringComparison.Ordinal);
            if (at < 0) continue;
            starts.Add((at, section.Id));
            from = at + 1;
        }
        return starts;
    }
}
