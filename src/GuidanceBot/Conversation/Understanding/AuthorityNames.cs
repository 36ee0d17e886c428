using System.Text.RegularExpressions;
using GuidanceBot.Content.Procedures;

namespace GuidanceBot.Conversation.Understanding;

/// <summary>An authority a message names: its profile id and the words that named it.</summary>
public sealed record AuthorityMention(string ProfileId, string Named);

/// <summary>
/// Finds an authority named in a message: its name, its team's usual names and abbreviations, as its procedure
/// lists them (`aliases` in procedures/&lt;id&gt;/procedure.yaml), as whole words. Two authorities named: neither
/// is taken (the worker is comparing, or quoting someone else).
/// </summary>
public sealed class AuthorityNames(IReadOnlyList<ProcedureProfile> profiles)
{
    private readonly IReadOnlyList<(string ProfileId, Phrase Name)> _names = profiles
        .SelectMany(p => p.Aliases.Append(p.Authority).Select(a => (p.Id, new Phrase(a))))
        .Where(x => x.Item2.Words.Length > 0)
        .OrderByDescending(x => x.Item2.Words.Length) // "Cheshire East" before "Cheshire"
        .ToList();

    public AuthorityMention? Find(string[] words)
    {
        var found = _names.Where(n => n.Name.In(words).Any()).ToList();
        var ids = found.Select(f => f.ProfileId).Distinct().ToList();
        return ids.Count == 1 ? new AuthorityMention(ids[0], found.First().Name.Text) : null;
    }

    // Per profile, its names (with a possessive or plural: "Dorset's", "Rotherhams") as whole words, longest first; built once.
    private readonly Dictionary<string, Regex> _namePatterns = profiles.ToDictionary(p => p.Id, p => new Regex(
        @"(?<![\p{L}\p{N}&])(?:" + string.Join('|', p.Aliases.Append(p.Authority).Where(a => a.Trim().Length > 0)
            .OrderByDescending(a => a.Length).Select(Regex.Escape)) + @")(?:['\u2019]?s)?(?![\p{L}\p{N}&])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50)));

    /// <summary>
    /// The text without the names of the one authority it names (every alias, as whole words, any case) and the dash,
    /// colon or comma left at its start: "Dorset AAT - she's scared to go home" reads "she's scared to go home".
    /// Unchanged when it names none, or two (<see cref="Find"/>), or nothing else (the model then reads the name).
    /// </summary>
    public string Without(string text) => Rest(text) is { Length: > 0 } rest ? rest : text;

    /// <summary>As <see cref="Without"/>, but empty when the text is only the authority's name ("Rotherham").</summary>
    public string Rest(string text)
    {
        if (Find(Understanding.Words.Of(text)) is not { } mention) return text;
        try
        {
            return _namePatterns[mention.ProfileId].Replace(text, " ").Trim().TrimStart('-', '–', '—', ':', ',', ';', '.', ' ').Trim();
        }
        catch (RegexMatchTimeoutException)
        {
            return text; // the model reads it whole, as before
        }
    }
}
