using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GuidanceBot.Conversation.Understanding;

/// <summary>
/// BM25 ranking of short texts (a walk's examples, a procedure's paragraphs) with Lucene.Net: English analysis
/// (stemming, the Snowball stop words) in memory, built once and then only read (safe from many threads).
/// The query is built from the analyser's own tokens, so nothing a worker types is read as query syntax. A word
/// the texts do not contain is corrected to the nearest word they do ("refferal" → "referral").
/// </summary>
public sealed class LexicalIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string TextField = "text";
    private const int MaxQueryTerms = 64;

    private readonly Analyzer _analyzer;
    private readonly Analyzer _plain = new StandardAnalyzer(Version, CharArraySet.Empty);
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly string[] _keys;
    private readonly HashSet<string> _words;
    private readonly Dictionary<char, string[]> _wordsByFirstLetter;

    /// <param name="documents">Each text with the key it ranks (a walk id, a passage id); a key may have many texts.</param>
    public LexicalIndex(IEnumerable<(string Key, string Text)> documents)
    {
        var stop = WordlistLoader.GetSnowballWordSet(
            IOUtils.GetDecodingReader(typeof(Lucene.Net.Analysis.Snowball.SnowballFilter), "english_stop.txt", System.Text.Encoding.UTF8), Version);
        _analyzer = new EnglishAnalyzer(Version, stop);
        var list = documents.ToList();
        var config = new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE, Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var (_, text) in list)
                writer.AddDocument([new TextField(TextField, text, Field.Store.NO)]);
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _keys = list.Select(d => d.Key).ToArray(); // document n is list[n]: one segment, written in order
        _words = list.SelectMany(d => PlainWords(d.Text)).ToHashSet(StringComparer.Ordinal);
        _wordsByFirstLetter = _words.Where(w => w.Length >= 3).GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>The best BM25 score of each key over its texts, best first.</summary>
    public IReadOnlyList<(string Key, float Score)> Rank(string text, int topDocuments = 50)
    {
        var query = Query(text);
        if (query.Clauses.Count == 0) return [];
        var best = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var hit in _searcher.Search(query, topDocuments).ScoreDocs)
        {
            var key = _keys[hit.Doc];
            if (!best.TryGetValue(key, out var score) || hit.Score > score) best[key] = hit.Score;
        }
        return best.OrderByDescending(p => p.Value).Select(p => (p.Key, p.Value)).ToList();
    }

    private BooleanQuery Query(string text)
    {
        var query = new BooleanQuery();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in PlainWords(text))
        {
            var corrected = Correct(word);
            foreach (var term in Terms(corrected ?? word))
                if (seen.Count < MaxQueryTerms && seen.Add(term))
                    query.Add(new TermQuery(new Term(TextField, term)) { Boost = corrected is null ? 1f : 0.8f }, Occur.SHOULD);
        }
        return query;
    }

    /// <summary>The nearest word of the texts for an unknown word of 5+ letters (1 slip, 2 from 8 letters, same first letter).</summary>
    public string? Correct(string word)
    {
        var allowed = word.Length < 5 ? 0 : word.Length < 8 ? 1 : 2;
        if (allowed == 0 || _words.Contains(word) || !_wordsByFirstLetter.TryGetValue(word[0], out var candidates)) return null;
        string? best = null;
        var bestDistance = allowed + 1;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) > allowed) continue;
            var d = Words.Distance(word, candidate);
            if (d < bestDistance || (d == bestDistance && string.CompareOrdinal(candidate, best) < 0)) { bestDistance = d; best = candidate; }
        }
        return best;
    }

    private List<string> Terms(string text) => Tokens(_analyzer, text);

    private List<string> PlainWords(string text) => Tokens(_plain, text);

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(TextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && tokens.Count < 4 * MaxQueryTerms) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
        _plain.Dispose();
    }
}
