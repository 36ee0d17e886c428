using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Rules;
using GuidanceBot.Content.Walks;
namespace GuidanceBot.Conversation.Cards;

/// <summary>
/// Turns a citation into what a card shows: procedure name, section title, the quoted phrase and the
/// official page. Names and addresses come from procedures/ content; an unknown id shows as itself
/// rather than an invented name.
/// </summary>
public sealed class CitationLabels(IReadOnlyDictionary<string, (string Name, string? Url)> sources, IReadOnlyDictionary<(string Source, string Section), string> sectionTitles)
{
    public static CitationLabels From(ProcedureLibrary library) => new(
        library.Profiles.Select(p => (p.Id, (p.Name, (string?)p.Url)))
            .Concat(library.Law.Select(l => (LegalSources.Prefix + l.Id, (l.Title, (string?)l.Url))))
            .ToDictionary(x => x.Item1, x => x.Item2),
        library.Profiles.SelectMany(p => p.Sections.Select(s => ((p.Id, s.Id), s.Title)))
            .ToDictionary(x => x.Item1, x => x.Title));

    public SourceCitation Describe(Citation citation)
    {
        var (name, url) = sources.TryGetValue(citation.Source, out var found) ? found : (citation.Source, (string?)null);
        var section = sectionTitles.TryGetValue((citation.Source, citation.Section), out var title) ? title : citation.Section;
        return new SourceCitation(name, section, citation.Locator, url);
    }
}
