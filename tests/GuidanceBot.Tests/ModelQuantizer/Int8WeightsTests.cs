using GuidanceBot.ModelQuantizer;

namespace GuidanceBot.Tests.ModelQuantizer;

public class Int8WeightsTests
{
    private static float[] Matrix(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, rows * columns).Select(_ => (float)(random.NextDouble() * 2 - 1) * (seed + 1)).ToArray();
    }

    [Fact]
    public void Per_column_each_value_comes_back_within_half_a_step_and_each_column_uses_its_whole_range()
    {
        const int rows = 16, columns = 5;
        var weights = Matrix(rows, columns, 3);
        var (values, scales) = Int8Weights.PerColumn(weights, rows, columns, Int8Weights.MatMulLimit);

        for (var c = 0; c < columns; c++)
        {
            var column = Enumerable.Range(0, rows).Select(r => values[r * columns + c]).ToList();
            Assert.Equal(Int8Weights.MatMulLimit, column.Max(v => Math.Abs((int)v)));
            for (var r = 0; r < rows; r++)
                Assert.InRange(Math.Abs(values[r * columns + c] * scales[c] - weights[r * columns + c]), 0, scales[c] / 2 * 1.0001f);
        }
    }

    [Fact]
    public void Per_row_each_value_comes_back_within_half_a_step_and_stays_within_the_limit()
    {
        const int rows = 7, columns = 12;
        var weights = Matrix(rows, columns, 1);
        var (values, scales) = Int8Weights.PerRow(weights, rows, columns, Int8Weights.LookupLimit);

        Assert.All(values, v => Assert.InRange((int)v, -Int8Weights.LookupLimit, Int8Weights.LookupLimit));
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
                Assert.InRange(Math.Abs(values[r * columns + c] * scales[r] - weights[r * columns + c]), 0, scales[r] / 2 * 1.0001f);
    }

    [Fact]
    public void An_all_zero_group_stays_zero_with_a_usable_scale()
    {
        var (values, scales) = Int8Weights.PerRow(new float[8], 2, 4, Int8Weights.LookupLimit);
        Assert.All(values, v => Assert.Equal(0, v));
        Assert.All(scales, s => Assert.Equal(1f, s));
    }
}
