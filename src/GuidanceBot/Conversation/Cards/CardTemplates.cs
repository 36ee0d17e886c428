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
    private readonly IReadOnlyDictionary<string, byte[]> _cacheKeyPrefixes;
    private readonly BoundCardCache _bound = new();

    private CardTemplates(IReadOnlyDictionary<string, CardTemplateBinder> binders)
    {
        _binders = binders;
        // A cached card's key: the template's name and a zero byte (which JSON text never holds), then its data.
        _cacheKeyPrefixes = binders.Keys.ToDictionary(name => name, name => System.Text.Encoding.UTF8.GetBytes(name + "\0"), StringComparer.Ordinal);
    }

    /// <summary>How many bound cards are kept to be shown again (see <see cref="BoundCardCache"/>).</summary>
    internal int CachedCards => _bound.Count;

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

    /// <summary>What a card binds to: its data and its id.</summary>
    public static JsonObject DataOf(ICardData card)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            WriteDataOf(writer, card);
        return JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
    }

    private static void WriteDataOf(Utf8JsonWriter writer, ICardData card)
    {
        writer.WriteStartObject();
        card.WriteData(writer);
        writer.WriteString("cardId", card.CardId);
        writer.WriteEndObject();
    }

    // Per thread and reused: binding is synchronous, and only the finished card is kept.
    [ThreadStatic] private static ReusedJson? t_data, t_card;

    /// <summary>
    /// Binds a card's data to its template as JSON: the data written and read in place, the card written once
    /// (no node trees, no element). What a turn renders. A card bound before (same template, same data) is
    /// returned as it was: the bytes are shared, so nothing may change them.
    /// </summary>
    public byte[] RenderJson(ICardData card)
    {
        if (!_binders.TryGetValue(card.TemplateName, out var binder))
            throw new KeyNotFoundException($"No card template named '{card.TemplateName}'.");
        var prefix = _cacheKeyPrefixes[card.TemplateName];
        var data = (t_data ??= new ReusedJson()).Start(prefix);
        WriteDataOf(data, card);
        var key = t_data.Written;
        if (_bound.TryGet(key.Span, out var bound)) return bound;
        using var document = JsonDocument.Parse(key[prefix.Length..]); // over the buffer; returns its pooled index on dispose
        var writer = (t_card ??= new ReusedJson()).Start([]);
        binder.Write(writer, document.RootElement);
        var json = t_card.Written.Span;
        if (json.Length == 0 || json[0] != (byte)'{')
            throw new CardTemplateException($"Template '{card.TemplateName}' did not bind to a card object.");
        var written = json.ToArray();
        _bound.Add(key.Span, written);
        return written;
    }

    /// <summary>A buffer and its writer, kept to be written again.</summary>
    private sealed class ReusedJson
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
        private readonly Utf8JsonWriter _writer;

        public ReusedJson() => _writer = new Utf8JsonWriter(_buffer);

        /// <summary>Starts again, the buffer holding these bytes first (the writer writes after them).</summary>
        public Utf8JsonWriter Start(ReadOnlySpan<byte> before)
        {
            _buffer.ResetWrittenCount();
            _buffer.Write(before);
            _writer.Reset(_buffer);
            return _writer;
        }

        public ReadOnlyMemory<byte> Written
        {
            get
            {
                _writer.Flush();
                return _buffer.WrittenMemory;
            }
        }
    }
}
