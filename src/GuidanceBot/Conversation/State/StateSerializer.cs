using System.Text.Json;
using GuidanceBot.Conversation.Activities;
namespace GuidanceBot.Conversation.State;

/// <summary>State documents are JSON, so the in-memory and a distributed store hold the same bytes.</summary>
public static class StateSerializer
{
    public static string Serialize(ConversationState state) => JsonSerializer.Serialize(state, StateJsonWriter.Default.ConversationState);

    /// <summary>An unreadable document (say, from an older version) starts the conversation afresh rather than failing the turn.</summary>
    public static ConversationState Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ConversationState>(json, ProtocolJson.Options) ?? ConversationState.Empty;
        }
        catch (JsonException)
        {
            return ConversationState.Empty;
        }
    }
}
