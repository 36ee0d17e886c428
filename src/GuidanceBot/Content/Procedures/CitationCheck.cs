using GuidanceBot.Content.Rules;
namespace GuidanceBot.Content.Procedures;

/// <summary>
/// Checks one citation ({ source, section, locator }) as walks use them: source is a profile id or "law:&lt;id&gt;";
/// for a profile, the section must exist and the locator (at most ten words) must be in that seed's text.
/// </summary>
public static class CitationCheck
{
    /// <param name="normalizedText">A profile's published text passed through <see cref="Locator.Normalize"/> (callers cache it); null to skip that check.</param>
    /// <returns>The problem, or null when the citation is sound.</returns>
    public static string? Problem(ProcedureLibrary library, string source, string section, string locator, Func<ProcedureProfile, string>? normalizedText)
    {
        if (LegalSources.IsLegal(source))
        {
            var id = source[LegalSources.Prefix.Length..];
            return library.FindLaw(id) is null ? $"legal reference '{id}' is not in {ProcedureLoader.LawFile}" : null;
        }
        var profile = library.FindProfile(source);
        if (profile is null) return $"source '{source}' is neither a profile id nor law:<id>";
        if (profile.FindSection(section) is null)
            return profile.FindAbsent(section) is not null
                ? $"{source} does not cover '{section}' (it is listed as absent); cite the profile the absent note points to"
                : $"{source} has no section '{section}'";
        if (Locator.WordCount(locator) is 0 or > Locator.MaxWords) return $"locator \"{locator}\" must be 1 to {Locator.MaxWords} words";
        if (normalizedText is not null && !Locator.IsFoundIn(locator, normalizedText(profile)))
            return $"locator \"{locator}\" is not in the {source} seed";
        return null;
    }
}
