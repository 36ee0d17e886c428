using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards.Templating;

/// <summary>
/// Binds an Adaptive Card template to data with a documented subset of the Adaptive Card Templating
/// language (see cards/README.md), giving the same JSON as adaptivecards-templating 2.3.1's
/// <c>new Template(t).expand({ $root: data })</c>. The tests compare the two on every template.
/// </summary>
public sealed class CardTemplateBinder
{
    private readonly PreparedNode _template;

    private CardTemplateBinder(PreparedNode template) => _template = template;

    /// <summary>Checks the template against the subset and parses it; throws <see cref="CardTemplateException"/>.</summary>
    public static CardTemplateBinder Prepare(JsonNode template, string name = "template") =>
        new(PreparedNode.Prepare(template, name));

    /// <summary>One-off bind; prefer <see cref="Prepare"/> once and <see cref="Bind(JsonNode?)"/> many times.</summary>
    public static JsonNode? Bind(JsonNode template, JsonNode? data) => Prepare(template).Bind(data);

    /// <summary>The bound card (null when a root <c>$when</c> is false, as in the npm package).</summary>
    public JsonNode? Bind(JsonNode? data)
    {
        var json = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(json))
        {
            if (data is null) writer.WriteNullValue();
            else data.WriteTo(writer);
        }
        var card = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(card))
            Write(writer, JsonElement.Parse(json.WrittenSpan));
        return JsonNode.Parse(card.WrittenSpan);
    }

    /// <summary>Writes the bound card as JSON (<c>null</c> when it binds to nothing): the turn path, with no node tree.</summary>
    internal void Write(Utf8JsonWriter writer, JsonElement data) =>
        BoundCardWriter.WriteRoot(writer, _template, new BindingScope(data, TemplateValue.Undefined, null));
}
