using System.Text.Json;
using System.Text.Json.Serialization;

namespace GuidanceBot.Conversation.Activities;

/// <summary>
/// An attachment's content on the wire: JSON the bot wrote (written out byte for byte, which is what writing
/// its element would give) or an element read from a request.
/// </summary>
[JsonConverter(typeof(Converter))]
internal readonly record struct AttachmentContent(byte[]? Utf8Json, JsonElement Element)
{
    private sealed class Converter : JsonConverter<AttachmentContent>
    {
        public override AttachmentContent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(null, JsonElement.ParseValue(ref reader));

        public override void Write(Utf8JsonWriter writer, AttachmentContent value, JsonSerializerOptions options)
        {
            if (value.Utf8Json is { } json) writer.WriteRawValue(json, skipInputValidation: true);
            else value.Element.WriteTo(writer);
        }
    }
}
