using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Rules;

namespace GuidanceBot.Conversation.Understanding;

/// <summary>A paragraph of a procedure's published text, with the section it belongs to.</summary>
public sealed record Passage(string ProfileId, string SectionId, string Text);

/// <summary>
/// Answers a question about the procedure with the worker's own procedure: the paragraphs of its published text
/// (procedures/&lt;id&gt;/published.txt) that match best, by words (BM25) within the section whose title and summary
/// are nearest in meaning. The text is quoted as published; nothing is paraphrased here.
/// </summary>
public sealed class PassageIndex
{
    private const int MinWords = 8;
    private const float SectionWeight = 1.2f;

    private sealed record Profile(IReadOnlyList<Passage> Passages, LexicalIndex Lexical, IReadOnlyDictionary<string, float[]> Sections);

    private readonly IReadOnlyDictionary<string, Profile> _profiles;

    public PassageIndex(ProcedureLibrary library, string proceduresDirectory, Func<IReadOnlyList<string>, float[][]> embed)
    {
        var profiles = new Dictionary<string, Profile>(StringComparer.Ordinal);
        foreach (var profile in library.Profiles)
        {
            var path = Path.Combine(proceduresDirectory, profile.TextFile);
            if (!File.Exists(path)) continue;
            var passages = Split(profile, File.ReadAllText(path));
            var sections = profile.Sections.ToList();
            var vectors = embed(sections.Select(s => s.Title + ". " + s.Summary).ToList());
            profiles[profile.Id] = new Profile(
                passages,
                new LexicalIndex(passages.Select((p, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Text))),
                sections.Select((s, i) => (s.Id, vectors[i])).ToDictionary(x => x.Id, x => x.Item2));
        }
        _profiles = profiles;
    }

    public IReadOnlyList<Passage> Find(string text, float[] embedding, string profileId, int count = 2)
    {
        if (!_profiles.TryGetValue(profileId, out var profile)) return [];
        var lexical = profile.Lexical.Rank(text, 30);
        return lexical
            .Select(x => profile.Passages[int.Parse(x.Key, System.Globalization.CultureInfo.InvariantCulture)] is var p
                ? (Passage: p, Score: x.Score / (x.Score + 4f) + SectionWeight * Section(profile, p.SectionId, embedding))
                : default)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Passage)
            .Take(count)
            .ToList();
    }

    private static float Section(Profile profile, string sectionId, float[] embedding) =>
        profile.Sections.TryGetValue(sectionId, out var v) ? SentenceEmbedder.Cosine(embedding, v) : 0f;

    /// <summary>Blocks of text between blank lines, of at least eight words, each in the section it falls under.</summary>
    private static List<Passage> Split(ProcedureProfile profile, string published)
    {
        var normalized = Locator.Normalize(published);
        var starts = SectionStarts.In(profile, normalized);
        var passages = new List<Passage>();
        var cursor = 0;
        foreach (var block in published.Replace("\r", "").Split("\n\n"))
        {
            var text = Locator.Normalize(block);
            if (text.Length == 0) continue;
            var at = normalized.IndexOf(text, cursor, StringComparison.Ordinal);
            if (at >= 0) cursor = at;
            if (Locator.WordCount(text) < MinWords) continue;
            var section = starts.LastOrDefault(s => s.At <= cursor).Id;
            if (section is not null) passages.Add(new Passage(profile.Id, section, text));
        }
        return passages;
    }
}
