using Google.Protobuf;
using Onnx;

namespace GuidanceBot.ModelQuantizer;

/// <summary>
/// Rewrites an ONNX model so its large float weights are held as 8-bit integers, with operators ONNX Runtime's CPU
/// provider runs directly (no float copy of a weight is made at load):
/// - MatMul by a constant 2-D weight becomes com.microsoft DynamicQuantizeMatMul (the activations are quantized as
///   they arrive, the weight per column, 7 bits);
/// - Gather from a large constant table (the token embeddings) becomes a Gather of int8 rows and of their scales,
///   multiplied back to floats (per row, 8 bits): only the looked-up rows are ever turned back to floats.
/// Everything else is kept as it is. The output is a pure function of the input: the same model gives the same bytes.
/// </summary>
internal static class ModelRewrite
{
    /// <summary>Tables smaller than this (positions, token types) are left as floats: they are a few hundred KB.</summary>
    public const long LookupTableMinimumElements = 1_000_000;

    public sealed record Summary(int MatMuls, int Lookups);

    public static Summary Quantize(ModelProto model, long lookupTableMinimumElements = LookupTableMinimumElements)
    {
        var graph = model.Graph;
        var initializers = graph.Initializer.ToDictionary(t => t.Name);
        var uses = graph.Node.SelectMany(n => n.Input).GroupBy(i => i).ToDictionary(g => g.Key, g => g.Count());
        var nodes = new List<NodeProto>(graph.Node.Count);
        var replaced = new HashSet<string>();
        int matMuls = 0, lookups = 0;

        foreach (var node in graph.Node)
        {
            if (node.OpType == "MatMul" && node.Input.Count == 2 && FloatMatrix(initializers, node.Input[1]) is { } weight
                && uses[weight.Name] == 1)
            {
                nodes.Add(QuantizedMatMul(graph, node, weight));
                replaced.Add(weight.Name);
                matMuls++;
            }
            else if (node.OpType == "Gather" && Attribute(node, "axis") == 0 && FloatMatrix(initializers, node.Input[0]) is { } table
                     && table.Dims[0] * table.Dims[1] >= lookupTableMinimumElements && uses[table.Name] == 1)
            {
                nodes.AddRange(QuantizedLookup(graph, node, table));
                replaced.Add(table.Name);
                lookups++;
            }
            else nodes.Add(node);
        }

        graph.Node.Clear();
        graph.Node.AddRange(nodes);
        foreach (var name in replaced) graph.Initializer.Remove(initializers[name]);
        if (matMuls > 0 && model.OpsetImport.All(o => o.Domain != MicrosoftDomain))
            model.OpsetImport.Add(new OperatorSetIdProto { Domain = MicrosoftDomain, Version = 1 });
        return new Summary(matMuls, lookups);
    }

    private const string MicrosoftDomain = "com.microsoft";

    private static NodeProto QuantizedMatMul(GraphProto graph, NodeProto node, TensorProto weight)
    {
        int rows = (int)weight.Dims[0], columns = (int)weight.Dims[1];
        var (values, scales) = Int8Weights.PerColumn(Floats(weight), rows, columns, Int8Weights.MatMulLimit);
        graph.Initializer.Add(Tensor(weight.Name + "/int8", TensorProto.Types.DataType.Int8, [rows, columns], Bytes(values)));
        graph.Initializer.Add(Tensor(weight.Name + "/scale", TensorProto.Types.DataType.Float, [columns], Bytes(scales)));
        graph.Initializer.Add(Tensor(weight.Name + "/zero", TensorProto.Types.DataType.Int8, [columns], new byte[columns]));
        return Node("DynamicQuantizeMatMul", node.Name + "/int8", [node.Input[0], weight.Name + "/int8", weight.Name + "/scale", weight.Name + "/zero"],
            node.Output[0], MicrosoftDomain);
    }

    private static IEnumerable<NodeProto> QuantizedLookup(GraphProto graph, NodeProto node, TensorProto table)
    {
        int rows = (int)table.Dims[0], columns = (int)table.Dims[1];
        var (values, scales) = Int8Weights.PerRow(Floats(table), rows, columns, Int8Weights.LookupLimit);
        string name = table.Name, ids = node.Input[1];
        graph.Initializer.Add(Tensor(name + "/int8", TensorProto.Types.DataType.Int8, [rows, columns], Bytes(values)));
        graph.Initializer.Add(Tensor(name + "/scale", TensorProto.Types.DataType.Float, [rows], Bytes(scales)));
        graph.Initializer.Add(Tensor(name + "/last-axis", TensorProto.Types.DataType.Int64, [1], BitConverter.GetBytes(-1L)));
        yield return Node("Gather", node.Name + "/rows", [name + "/int8", ids], name + "/rows");
        yield return Node("Gather", node.Name + "/scales", [name + "/scale", ids], name + "/scales");
        yield return Node("Unsqueeze", node.Name + "/scales-column", [name + "/scales", name + "/last-axis"], name + "/scales-column");
        var cast = Node("Cast", node.Name + "/float", [name + "/rows"], name + "/rows-float");
        cast.Attribute.Add(new AttributeProto { Name = "to", Type = AttributeProto.Types.AttributeType.Int, I = (long)TensorProto.Types.DataType.Float });
        yield return cast;
        yield return Node("Mul", node.Name + "/scaled", [name + "/rows-float", name + "/scales-column"], node.Output[0]);
    }

    private static TensorProto? FloatMatrix(Dictionary<string, TensorProto> initializers, string name) =>
        initializers.TryGetValue(name, out var t) && t.DataType == (int)TensorProto.Types.DataType.Float && t.Dims.Count == 2
            && t.RawData.Length == t.Dims[0] * t.Dims[1] * sizeof(float) ? t : null;

    private static long Attribute(NodeProto node, string name) => node.Attribute.FirstOrDefault(a => a.Name == name)?.I ?? 0;

    private static float[] Floats(TensorProto t)
    {
        var values = new float[t.RawData.Length / sizeof(float)];
        t.RawData.Span.CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static byte[] Bytes<T>(T[] values) where T : struct =>
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    private static TensorProto Tensor(string name, TensorProto.Types.DataType type, long[] dims, byte[] raw)
    {
        var t = new TensorProto { Name = name, DataType = (int)type, RawData = ByteString.CopyFrom(raw) };
        t.Dims.AddRange(dims);
        return t;
    }

    private static NodeProto Node(string op, string name, string[] inputs, string output, string domain = "")
    {
        var n = new NodeProto { OpType = op, Name = name, Domain = domain };
        n.Input.AddRange(inputs);
        n.Output.Add(output);
        return n;
    }
}
