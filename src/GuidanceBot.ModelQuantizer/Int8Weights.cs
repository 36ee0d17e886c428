namespace GuidanceBot.ModelQuantizer;

/// <summary>
/// Symmetric 8-bit weights: each value is stored as round(value / scale), zero stays zero, and the scale is the
/// largest magnitude in its group over the largest integer used. Plain functions over arrays.
/// </summary>
internal static class Int8Weights
{
    /// <summary>
    /// Weights multiplied by 8-bit activations keep 7 bits (-63..63): on x86 processors without VNNI the integer
    /// kernels add pairs of byte products in 16 bits, which 255 x 127 x 2 overflows and 255 x 63 x 2 does not
    /// (ONNX Runtime's own quantizer calls this reduce_range).
    /// </summary>
    public const int MatMulLimit = 63;

    /// <summary>Rows only looked up and scaled back to floats (no integer products) use the full range.</summary>
    public const int LookupLimit = 127;

    /// <summary>A row-major rows x columns matrix quantized per column: one scale per column.</summary>
    public static (sbyte[] Values, float[] Scales) PerColumn(float[] weights, int rows, int columns, int limit)
    {
        var scales = new float[columns];
        for (var c = 0; c < columns; c++)
        {
            var max = 0f;
            for (var r = 0; r < rows; r++) max = Math.Max(max, Math.Abs(weights[r * columns + c]));
            scales[c] = ScaleFor(max, limit);
        }
        var values = new sbyte[weights.Length];
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
                values[r * columns + c] = Quantize(weights[r * columns + c], scales[c], limit);
        return (values, scales);
    }

    /// <summary>A row-major rows x columns matrix quantized per row: one scale per row.</summary>
    public static (sbyte[] Values, float[] Scales) PerRow(float[] weights, int rows, int columns, int limit)
    {
        var scales = new float[rows];
        var values = new sbyte[weights.Length];
        for (var r = 0; r < rows; r++)
        {
            var row = weights.AsSpan(r * columns, columns);
            var max = 0f;
            foreach (var w in row) max = Math.Max(max, Math.Abs(w));
            scales[r] = ScaleFor(max, limit);
            for (var c = 0; c < columns; c++) values[r * columns + c] = Quantize(row[c], scales[r], limit);
        }
        return (values, scales);
    }

    // An all-zero group keeps scale 1 so that dequantizing never divides by or multiplies with zero by surprise.
    private static float ScaleFor(float max, int limit) => max == 0 ? 1f : max / limit;

    private static sbyte Quantize(float value, float scale, int limit) =>
        (sbyte)Math.Clamp((int)MathF.Round(value / scale, MidpointRounding.ToEven), -limit, limit);
}
