using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuidanceBot.Conversation.Cards.Templating;

namespace GuidanceBot.Conversation.Cards;

/// <summary>
/// Every card template in cards/*.json, loaded and checked once. A broken template (bad JSON, or an
/// expression outside our subset) stops start-up instead of rendering a wrong card later.
/// </summary>
public sealed class CardTemplates
{
    private readonly IReadOnlyDictionary<string, CardTemplateBinder> _binders;

    private CardTemplates(IReadOnlyDictionary<string, CardTemplateBinder> binders) => _binders = binders;

    /// <summary>The names loaded (file names without .json), e.g. "question".</summary>
    public IReadOnlyCollection<string> Names => _binders.Keys.ToList();

    /// <summary>At run time the templates sit beside the app (the csproj copies cards/ to the output).</summary>
    public static CardTemplates LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, "cards"));

    public static CardTemplates Load(string directory)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"Card templates folder not found: {directory}");
        var binders = new Dictionary<string, CardTemplateBinder>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            JsonNode template;
            try
            {
                template = JsonNode.Parse(File.ReadAllText(file))
                    ?? throw new CardTemplateException($"{file} is empty.");
            }
            catch (System.Text.Json.JsonException e)
            {
                throw new CardTemplateException($"{file} is not valid JSON: {e.Message}");
            }
            binders[name] = CardTemplateBinder.Prepare(template, name);
        }
        if (binders.Count == 0)
            throw new CardTemplateException($"No card templates in {directory}.");
        return new CardTemplates(binders);
    }

    /// <summary>Binds the named template; the result is always a card object.</summary>
    public JsonObject Bind(string name, JsonNode data)
    {
        if (!_binders.TryGetValue(name, out var binder))
            throw new KeyNotFoundException($"No card template named '{name}'.");
        return binder.Bind(data) as JsonObject
            ?? throw new CardTemplateException($"Template '{name}' did not bind to a card object.");
    }

    /// <summary>Binds a card's data (with its id) to its template.</summary>
    public JsonObject Render(ICardData card) => Bind(card.TemplateName, DataOf(card));

    // One buffer and writer per thread, reused: binding is synchronous, and only the finished card is kept.
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    /// <summary>
    /// Binds a card's data to its template as the JSON element an attachment carries, written once
    /// (no node tree, no second serialisation): what a turn renders.
    /// </summary>
    public JsonElement RenderElement(ICardData card)
    {
        if (!_binders.TryGetValue(card.TemplateName, out var binder))
            throw new KeyNotFoundException($"No card template named '{card.TemplateName}'.");
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        binder.Write(writer, DataOf(card));
        writer.Flush();
        var json = buffer.WrittenSpan;
        if (json.Length == 0 || json[0] != (byte)'{')
            throw new CardTemplateException($"Template '{card.TemplateName}' did not bind to a card object.");
        return JsonElement.Parse(json);
    }

    /// <summary>What a card binds to: its data and its id.</summary>
    public static JsonObject DataOf(ICardData card)
    {
        var data = card.ToData();
        data["cardId"] = card.CardId;
        return data;
    }
}
