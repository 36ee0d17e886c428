using System.Security.Cryptography;
using System.Text;

namespace GuidanceBot.Conversation.Understanding;

/// <summary>
/// The embeddings of the content's own sentences (examples, risk sentences, section summaries), kept in a file so
/// a restart reads them instead of running the model over hundreds of sentences again. Keyed by the SHA-256 of
/// each sentence, for this model and input length only; a sentence that changed is simply embedded again. Holds
/// content only, never anything a worker typed.
/// </summary>
public sealed class VectorCache(string file, string model)
{
    private const int Dimensions = SentenceEmbedder.Dimensions;

    public float[][] Embed(IReadOnlyList<string> texts, Func<IReadOnlyList<string>, float[][]> embed)
    {
        var known = Load();
        var keys = texts.Select(Key).ToList();
        var missing = keys.Select((k, i) => (k, i)).Where(x => !known.ContainsKey(x.k)).ToList();
        if (missing.Count > 0)
        {
            var vectors = embed(missing.Select(m => texts[m.i]).ToList());
            for (var n = 0; n < missing.Count; n++) known[missing[n].k] = vectors[n];
            Save(known);
        }
        return keys.Select(k => known[k]).ToArray();
    }

    private static string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private Dictionary<string, float[]> Load()
    {
        var known = new Dictionary<string, float[]>(StringComparer.Ordinal);
        try
        {
            using var reader = new BinaryReader(File.OpenRead(file));
            if (reader.ReadString() != model) return known;
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var vector = new float[Dimensions];
                for (var d = 0; d < Dimensions; d++) vector[d] = reader.ReadSingle();
                known[key] = vector;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            known.Clear(); // missing, unreadable or from another version: embed again
        }
        return known;
    }

    /// <summary>Written to a new file then moved into place, so two instances starting together never read half a file.</summary>
    private void Save(Dictionary<string, float[]> known)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var temp = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
            using (var writer = new BinaryWriter(File.Create(temp)))
            {
                writer.Write(model);
                writer.Write(known.Count);
                foreach (var (key, vector) in known)
                {
                    writer.Write(key);
                    foreach (var v in vector) writer.Write(v);
                }
            }
            File.Move(temp, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only disk only costs the next start-up its seconds; the vectors in memory are unaffected.
        }
    }
}
