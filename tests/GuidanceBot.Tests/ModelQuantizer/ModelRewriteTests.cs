using GuidanceBot.ModelQuantizer;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Onnx;

namespace GuidanceBot.Tests.ModelQuantizer;

/// <summary>
/// A small model with the two shapes the sentence model has (a product by a weight matrix, a lookup in a table), and
/// one weight shared by two products, run in ONNX Runtime before and after the rewrite.
/// </summary>
public class ModelRewriteTests
{
    private const int Width = 8, Out = 6, TableRows = 40;

    private static readonly Random Random = new(7);
    private static readonly float[] Weight = Values(Width * Out), Shared = Values(Width * Out), Table = Values(TableRows * Width);
    private static readonly float[] Input = Values(2 * Width);
    private static readonly long[] Ids = [3, 0, 39];

    private static float[] Values(int n) => Enumerable.Range(0, n).Select(_ => (float)(Random.NextDouble() * 2 - 1)).ToArray();

    private static ModelProto Model()
    {
        var graph = new GraphProto { Name = "test" };
        graph.Initializer.Add(Tensor("weight", [Width, Out], Weight));
        graph.Initializer.Add(Tensor("shared", [Width, Out], Shared));
        graph.Initializer.Add(Tensor("table", [TableRows, Width], Table));
        graph.Input.Add(Value("x", TensorProto.Types.DataType.Float, [1, 2, Width]));
        graph.Input.Add(Value("ids", TensorProto.Types.DataType.Int64, [1, 3]));
        graph.Node.Add(Node("MatMul", ["x", "weight"], "y"));
        graph.Node.Add(Node("MatMul", ["x", "shared"], "s1"));
        graph.Node.Add(Node("MatMul", ["x", "shared"], "s2"));
        graph.Node.Add(Node("Gather", ["table", "ids"], "rows"));
        foreach (var (name, dims) in new[] { ("y", new long[] { 1, 2, Out }), ("s1", [1, 2, Out]), ("s2", [1, 2, Out]), ("rows", [1, 3, Width]) })
            graph.Output.Add(Value(name, TensorProto.Types.DataType.Float, dims));
        var model = new ModelProto { IrVersion = 7, Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 13 });
        return model;
    }

    [Fact]
    public void Products_by_a_weight_and_lookups_in_a_table_are_rewritten_and_a_shared_weight_is_left_alone()
    {
        var model = Model();
        var summary = ModelRewrite.Quantize(model, lookupTableMinimumElements: TableRows * Width);

        Assert.Equal((1, 1), (summary.MatMuls, summary.Lookups));
        Assert.Equal(["DynamicQuantizeMatMul", "MatMul", "MatMul", "Gather", "Gather", "Unsqueeze", "Cast", "Mul"], model.Graph.Node.Select(n => n.OpType));
        var floats = model.Graph.Initializer.Where(t => t.DataType == (int)TensorProto.Types.DataType.Float && t.Dims.Count == 2).Select(t => t.Name);
        Assert.Equal(["shared"], floats);
        Assert.Contains(model.OpsetImport, o => o.Domain == "com.microsoft");
    }

    [Fact]
    public void A_table_below_the_size_limit_is_left_as_floats()
    {
        var model = Model();
        Assert.Equal(0, ModelRewrite.Quantize(model, lookupTableMinimumElements: TableRows * Width + 1).Lookups);
        Assert.Contains(model.Graph.Initializer, t => t.Name == "table");
    }

    [Fact]
    public void The_rewritten_model_runs_and_gives_what_the_float_model_gives_within_the_steps_of_its_integers()
    {
        var before = Run(Model());
        var quantized = Model();
        ModelRewrite.Quantize(quantized, lookupTableMinimumElements: TableRows * Width);
        var after = Run(quantized);

        Assert.Equal(before["s1"], after["s1"]); // untouched
        Assert.Equal(before["s2"], after["s2"]);
        // A looked-up row: each value within half its row's step (the row's largest magnitude / 127).
        var step = Ids.Select(id => Table.AsSpan((int)id * Width, Width).ToArray().Max(Math.Abs) / Int8Weights.LookupLimit).ToArray();
        for (var i = 0; i < before["rows"].Length; i++)
            Assert.InRange(Math.Abs(after["rows"][i] - before["rows"][i]), 0, step[i / Width] / 2 * 1.001f);
        // A product: 8-bit inputs and 7-bit weights, so within a few percent of the output's range, never zero or noise.
        var range = before["y"].Max(Math.Abs);
        for (var i = 0; i < before["y"].Length; i++)
            Assert.InRange(Math.Abs(after["y"][i] - before["y"][i]), 0, 0.05f * range);
    }

    private static Dictionary<string, float[]> Run(ModelProto model)
    {
        using var session = new InferenceSession(model.ToByteArray());
        using var results = session.Run([
            NamedOnnxValue.CreateFromTensor("x", new DenseTensor<float>(Input, [1, 2, Width])),
            NamedOnnxValue.CreateFromTensor("ids", new DenseTensor<long>(Ids, [1, 3])),
        ]);
        return results.ToDictionary(r => r.Name, r => r.AsTensor<float>().ToArray());
    }

    private static TensorProto Tensor(string name, long[] dims, float[] values)
    {
        var t = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float, RawData = ByteString.CopyFrom(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan())) };
        t.Dims.AddRange(dims);
        return t;
    }

    private static ValueInfoProto Value(string name, TensorProto.Types.DataType type, long[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (var d in dims) shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = d });
        return new ValueInfoProto { Name = name, Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)type, Shape = shape } } };
    }

    private static NodeProto Node(string op, string[] inputs, string output)
    {
        var n = new NodeProto { OpType = op, Name = output };
        n.Input.AddRange(inputs);
        n.Output.Add(output);
        return n;
    }
}
