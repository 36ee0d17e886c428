using GuidanceBot.Walks;

namespace GuidanceBot.CardBinding;

/// <summary>
/// Turns a citation into what a card shows: procedure name, section title, the quoted phrase and the
/// official page. Names and addresses come from procedures/ content; an unknown id shows as itself
/// rather than an invented name.
/// </summary>
public sealed class CitationLabels(IReadOnlyDictionary<string, (string Name, string? Url)> sources, IReadOnlyDictionary<(string Source, string Section), string> sectionTitles)
{
    public static CitationLabels Empty { get; } = new(new Dictionary<string, (string, string?)>(), new Dictionary<(string, string), string>());

    public SourceCitation Describe(Citation citation)
    {
        var (name, url) = sources.TryGetValue(citation.Source, out var found) ? found : (citation.Source, (string?)null);
        var section = sectionTitles.TryGetValue((citation.Source, citation.Section), out var title) ? title : citation.Section;
        return new SourceCitation(name, section, citation.Locator, url);
    }
}
