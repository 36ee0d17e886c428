using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace GuidanceBot.ModelQuantizer;

/// <summary>
/// Runs the float and the 8-bit model on the same token sequences and compares their sentence vectors (the mean over
/// the tokens, as the app takes it), so a rewrite that breaks the model stops the build instead of the understanding.
/// The sequences are fixed pseudo-random token ids of BERT's vocabulary between [CLS] and [SEP]: no tokenizer needed,
/// and the same on every build. How well free text is understood is measured by the understanding benchmark.
/// </summary>
internal static class AgreementCheck
{
    /// <summary>The 8-bit all-MiniLM-L6-v2 agrees at about 0.99 on these sequences; a broken rewrite falls far below.</summary>
    public const double MinimumCosine = 0.95;

    private const long Cls = 101, Sep = 102, FirstWord = 1996, Vocabulary = 30522;

    public static double LowestCosine(string floatModel, string int8Model)
    {
        using var options = new SessionOptions { IntraOpNumThreads = 1 };
        using var a = new InferenceSession(floatModel, options);
        using var b = new InferenceSession(int8Model, options);
        var lowest = 1.0;
        for (var s = 0; s < 24; s++)
        {
            var ids = Sequence(s, length: 6 + s);
            lowest = Math.Min(lowest, Cosine(MeanVector(a, ids), MeanVector(b, ids)));
        }
        return lowest;
    }

    private static long[] Sequence(int seed, int length)
    {
        var ids = new long[length];
        ids[0] = Cls;
        ids[^1] = Sep;
        for (var i = 1; i < length - 1; i++) ids[i] = FirstWord + (seed * 7919L + i * 104729L) % (Vocabulary - FirstWord);
        return ids;
    }

    private static float[] MeanVector(InferenceSession session, long[] ids)
    {
        int[] shape = [1, ids.Length];
        using var results = session.Run([
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(Enumerable.Repeat(1L, ids.Length).ToArray(), shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(new long[ids.Length], shape)),
        ], ["last_hidden_state"]);
        var hidden = results[0].AsTensor<float>();
        var width = hidden.Dimensions[2];
        var mean = new float[width];
        for (var t = 0; t < ids.Length; t++)
            for (var d = 0; d < width; d++) mean[d] += hidden[0, t, d] / ids.Length;
        return mean;
    }

    private static double Cosine(float[] x, float[] y)
    {
        double dot = 0, xx = 0, yy = 0;
        for (var i = 0; i < x.Length; i++) { dot += x[i] * y[i]; xx += x[i] * x[i]; yy += y[i] * y[i]; }
        return dot / Math.Sqrt(xx * yy);
    }
}
