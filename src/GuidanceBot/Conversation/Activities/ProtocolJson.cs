using System.Text.Json;
using System.Text.Json.Serialization;

namespace GuidanceBot.Conversation.Activities;

/// <summary>The one set of JSON options for the wire: camelCase, nulls omitted.</summary>
public static class ProtocolJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
