using System.Text;
using System.Text.Json.Nodes;

namespace GuidanceBot.IntegrationTests.Hostile;

/// <summary>
/// Raw JSON text that System.Text.Json will not write for us: lone surrogate escapes and nesting deeper than its
/// writer allows. A placeholder string in an activity is swapped for the raw text after serialising.
/// </summary>
public static class HostileJson
{
    /// <summary>A JSON string literal holding a lone high surrogate, written as the escape "\ud800".</summary>
    public const string LoneSurrogate = "\"a\\ud800b\"";

    /// <summary>A lone low surrogate, the other half that cannot stand alone.</summary>
    public const string LoneLowSurrogate = "\"\\udc00\"";

    /// <summary>Where the raw text goes; a string no activity would hold.</summary>
    public const string Hole = "@@hostile@@";

    /// <summary>The value itself, wrapped in <paramref name="depth"/> objects: {"x":{"x":...value...}}.</summary>
    public static string Nested(int depth, string value = "1")
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++) text.Append("{\"x\":");
        text.Append(value);
        text.Append('}', depth);
        return text.ToString();
    }

    /// <summary>The activity as JSON, with every <see cref="Hole"/> string replaced by <paramref name="raw"/>.</summary>
    public static string With(JsonNode activity, string raw) =>
        activity.ToJsonString().Replace("\"" + Hole + "\"", raw, StringComparison.Ordinal);
}
