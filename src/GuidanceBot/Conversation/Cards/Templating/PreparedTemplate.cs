using System.Text.Json;
using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards.Templating;

/// <summary>
/// A card template checked against our templating subset and parsed once, ready to bind many times.
/// Checking happens here, when a template loads, so nothing outside the subset is ever rendered.
/// </summary>
internal abstract record PreparedNode
{
    /// <summary>
    /// A number, bool, null or a string without <c>${</c>: copied as it is, from its JSON written once here
    /// (what serialising the value would write) rather than cloned on every bind.
    /// </summary>
    public sealed record Literal(byte[] Json, bool IsNull) : PreparedNode
    {
        public static Literal Of(JsonNode? value)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                if (value is null) writer.WriteNullValue();
                else value.WriteTo(writer);
            }
            return new Literal(buffer.WrittenSpan.ToArray(), value is null);
        }
    }

    public sealed record Text(TemplateString Template) : PreparedNode;

    public sealed record Array(PreparedNode[] Items) : PreparedNode;

    /// <summary>A property with its name encoded once.</summary>
    public readonly record struct Property(string Key, JsonEncodedText Name, PreparedNode Value);

    /// <summary>An object; <c>$data</c> repeats or re-scopes it, <c>$when</c> keeps or drops it.</summary>
    public sealed record Object(
        Property[] Properties,
        TemplateExpression.Path? Data,
        TemplateExpression? When) : PreparedNode;

    // Keys the npm package drops from its output; only $data and $when have a meaning in our subset.
    private static readonly HashSet<string> Reserved = ["$root", "$index", "$host", "$_acTemplateVersion"];

    public static PreparedNode Prepare(JsonNode? node, string where) => node switch
    {
        JsonObject obj => PrepareObject(obj, where),
        JsonArray array => new Array(array.Select((item, i) => Prepare(item, $"{where}[{i}]")).ToArray()),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => PrepareString(value.GetValue<string>(), where),
        _ => Literal.Of(node),
    };

    private static PreparedNode PrepareString(string text, string where)
    {
        try
        {
            var template = TemplateString.TryParse(text);
            return template is null ? Literal.Of(JsonValue.Create(text)) : new Text(template);
        }
        catch (CardTemplateException e)
        {
            throw new CardTemplateException($"{where}: {e.Message}");
        }
    }

    private static Object PrepareObject(JsonObject obj, string where)
    {
        var properties = new List<Property>();
        TemplateExpression.Path? data = null;
        TemplateExpression? when = null;
        foreach (var (key, value) in obj)
        {
            var at = $"{where}.{key}";
            if (key == "$data")
                data = SingleExpression(value, at) as TemplateExpression.Path
                    ?? throw new CardTemplateException($"{at}: $data must be a single ${{path}}.");
            else if (key == "$when")
                when = SingleExpression(value, at);
            else if (Reserved.Contains(key))
                throw new CardTemplateException($"{at}: '{key}' is a reserved templating key and would be dropped.");
            else
                properties.Add(new(key, JsonEncodedText.Encode(key), Prepare(value, at)));
        }
        return new Object(properties.ToArray(), data, when);
    }

    private static TemplateExpression SingleExpression(JsonNode? value, string where)
    {
        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String
            && PrepareString(v.GetValue<string>(), where) is Text { Template.IsSingleExpression: true } text)
            return text.Template.Parts[0].Expression!;
        throw new CardTemplateException($"{where}: must be a string holding exactly one ${{...}} expression.");
    }
}
