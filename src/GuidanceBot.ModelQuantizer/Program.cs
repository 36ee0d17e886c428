using Google.Protobuf;
using GuidanceBot.ModelQuantizer;
using Onnx;

// dotnet GuidanceBot.ModelQuantizer.dll <float model.onnx> <int8 model.onnx>
// Writes the 8-bit model only if its sentence vectors agree with the float model's (AgreementCheck).
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: GuidanceBot.ModelQuantizer <float model.onnx> <int8 model.onnx>");
    return 2;
}
var (input, output) = (args[0], args[1]);
var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(input));
var summary = ModelRewrite.Quantize(model);
var temporary = output + ".tmp";
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
await using (var file = File.Create(temporary)) model.WriteTo(file);

var lowest = AgreementCheck.LowestCosine(input, temporary);
Console.WriteLine($"{summary.MatMuls} matrix products and {summary.Lookups} lookup table(s) in 8 bits: "
    + $"{new FileInfo(input).Length:N0} -> {new FileInfo(temporary).Length:N0} bytes; lowest cosine with the float model {lowest:F4}");
if (lowest < AgreementCheck.MinimumCosine)
{
    File.Delete(temporary);
    Console.Error.WriteLine($"error: the 8-bit model's vectors differ from the float model's (cosine {lowest:F4} < {AgreementCheck.MinimumCosine}); nothing written.");
    return 1;
}
File.Move(temporary, output, overwrite: true);
return 0;
