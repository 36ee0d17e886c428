using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace GuidanceBot.Conversation.Cards.Templating;

/// <summary>
/// A value during binding: a JSON element, or "undefined" (no element at all). JavaScript tells undefined
/// (missing) from null, and the npm package behaves differently for each, so we keep the difference too.
/// Values are elements of the bound data, so looking one up allocates nothing.
/// </summary>
internal readonly struct TemplateValue(JsonElement element)
{
    public static readonly TemplateValue Undefined = default;

    public JsonElement Element { get; } = element;

    public bool IsDefined => Element.ValueKind != JsonValueKind.Undefined;

    /// <summary>Present and not null (what exists() and Array.push care about).</summary>
    public bool HasValue => IsDefined && Element.ValueKind != JsonValueKind.Null;

    public static TemplateValue Of(JsonElement element) => new(element);

    public static TemplateValue Of(bool value) => value ? True : False;

    /// <summary>An <c>$index</c>: small ones come from a list parsed once.</summary>
    public static TemplateValue Of(int index) =>
        index < Indexes.Length ? new(Indexes[index]) : new(JsonElement.Parse(index.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Text the binder makes up (a missing value's <c>${path}</c>, a string's character): rare, so simply written and parsed.</summary>
    public static TemplateValue Of(string text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            writer.WriteStringValue(text);
        return new(JsonElement.Parse(buffer.WrittenSpan));
    }

    private static readonly TemplateValue True = new(JsonElement.Parse("true"u8)), False = new(JsonElement.Parse("false"u8));

    private static readonly JsonElement[] Indexes =
        JsonElement.Parse("[" + string.Join(",", Enumerable.Range(0, 100)) + "]").EnumerateArray().ToArray();
}

/// <summary>An evaluation result or the error adaptive-expressions would report.</summary>
internal readonly record struct Evaluation(TemplateValue Value, string? Error)
{
    public static Evaluation Ok(TemplateValue value) => new(value, null);

    public static Evaluation Fail(string error) => new(TemplateValue.Undefined, error);
}
