using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace GuidanceBot.Tests.Content.Schemas;

/// <summary>
/// Turns a YAML content file into the JSON an editor's YAML language server checks against a schema. Plain (unquoted)
/// scalars are typed by the YAML 1.2 core schema, as that server does: so an unquoted 07771933869 is a number there,
/// while "yes", dates and quoted text stay strings. Anchors and aliases are expanded.
/// </summary>
public static partial class YamlToJson
{
    public static JsonNode? Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 1
            ? ToJson(stream.Documents[0].RootNode)
            : throw new InvalidDataException($"expected one YAML document, found {stream.Documents.Count}");
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(Key(kv.Key), ToJson(kv.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidDataException($"unexpected YAML node {node.NodeType} at {node.Start}"),
    };

    /// <summary>JSON keys are text; a key that is a list or mapping has no JSON form.</summary>
    private static string Key(YamlNode key) =>
        key is YamlScalarNode { Value: { } text } ? text : throw new InvalidDataException($"a key at {key.Start} is not a plain value");

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        if (tag is null && scalar.Style != YamlDotNet.Core.ScalarStyle.Plain) return JsonValue.Create(text);
        return tag switch
        {
            null => Core(text),
            "tag:yaml.org,2002:str" or "!" => JsonValue.Create(text),
            _ => throw new InvalidDataException($"tag {tag} at {scalar.Start} is not used in content files"),
        };
    }

    /// <summary>The YAML 1.2 core schema's resolution of a plain scalar.</summary>
    private static JsonNode? Core(string text)
    {
        if (NullPattern().IsMatch(text)) return null;
        if (text is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (text is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (DecimalInt().IsMatch(text)) return JsonValue.Create(decimal.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        if (text.StartsWith("0o", StringComparison.Ordinal) && OctalDigits().IsMatch(text[2..])) return JsonValue.Create(System.Convert.ToInt64(text[2..], 8));
        if (text.StartsWith("0x", StringComparison.Ordinal) && HexDigits().IsMatch(text[2..])) return JsonValue.Create(System.Convert.ToInt64(text[2..], 16));
        if (FloatPattern().IsMatch(text)) return JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture));
        if (SpecialFloat().IsMatch(text)) throw new InvalidDataException($"'{text}' is infinity or not-a-number, which JSON cannot hold");
        return JsonValue.Create(text);
    }

    [GeneratedRegex("^(~|null|Null|NULL)?$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex DecimalInt();

    [GeneratedRegex("^[0-7]+$")]
    private static partial Regex OctalDigits();

    [GeneratedRegex("^[0-9a-fA-F]+$")]
    private static partial Regex HexDigits();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex SpecialFloat();
}
