using System.Text.RegularExpressions;

namespace GuidanceBot.Content.Rules;

/// <summary>
/// The one rule every citation follows: a locator is at most ten words and is an exact, case-sensitive
/// substring of the seed text once every whitespace run (in both) is collapsed to a single space.
/// </summary>
public static partial class Locator
{
    public const int MaxWords = 10;

    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    public static int WordCount(string locator) =>
        locator.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>True when <paramref name="locator"/> occurs in <paramref name="normalizedSeed"/> (already passed through <see cref="Normalize"/>).</summary>
    public static bool IsFoundIn(string locator, string normalizedSeed) =>
        Normalize(locator) is { Length: > 0 } needle && normalizedSeed.Contains(needle, StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
