using System.Text.RegularExpressions;

namespace GuidanceBot.Content.Rules;

/// <summary>
/// The one id rule for profiles, sections, directory entries, walks, steps and outcomes: lower-case words joined
/// by '-'. Walks cite section ids and cards carry walk and step ids, so every id must follow it.
/// </summary>
public static partial class ContentIds
{
    public static bool IsKebab(string? id) => id is not null && KebabPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabPattern();
}
