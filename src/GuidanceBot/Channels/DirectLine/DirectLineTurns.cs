using System.Text.Json;
using System.Text.Json.Nodes;
using System.Globalization;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Turns;
namespace GuidanceBot.Channels.DirectLine;

/// <summary>
/// Feeds browser activities into the same turn entry point as /api/messages (ConversationTurns) and
/// keeps what both sides said in the conversation's log, where Web Chat polls for it.
/// </summary>
public sealed class DirectLineTurns(ConversationTurns turns, TimeProvider clock, ILogger<DirectLineTurns> logger)
{
    /// <summary>The channel id the bot sees, as with Microsoft's Direct Line; state is kept per channel and conversation.</summary>
    public const string ChannelId = "directline";

    public static readonly ChannelAccount Bot = new() { Id = "guidancebot", Name = "GuidanceBot", Role = "bot" };

    /// <summary>The bot hears that the user and the bot joined, as the Emulator's Direct Line does, so it greets them.</summary>
    public Task StartAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        var joined = Stamp(conversation, new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            From = new ChannelAccount { Id = conversation.UserId, Role = "user" },
            MembersAdded = [Bot, new ChannelAccount { Id = conversation.UserId }],
        });
        Log.DirectLineConversationStarted(logger, conversation.Id);
        return RunAsync(conversation, joined, cancellationToken);
    }

    /// <summary>Keeps the posted activity (so the sender sees it come back with an id, as Web Chat requires), then runs its turn.</summary>
    public async Task<string> PostAsync(DirectLineConversation conversation, Activity posted, CancellationToken cancellationToken)
    {
        var from = posted.From is { Id.Length: > 0 } sender ? sender with { Role = "user" } : new ChannelAccount { Id = conversation.UserId, Role = "user" };
        var activity = Stamp(conversation, posted with { From = from });
        Log.DirectLineActivityPosted(logger, activity.Type, conversation.Id);

        // Typing is shown live or not at all; Direct Line does not deliver it by polling.
        if (activity.Type == ActivityTypes.Typing) return conversation.Id + "|typing";

        return await RunAsync(conversation, activity, cancellationToken, echo: true) ?? conversation.Id + "|ignored";
    }

    /// <summary>
    /// Runs the turn and logs the echo (when asked) and the replies together while the conversation is locked,
    /// so the log holds each turn's echo and replies in the order the turns were decided.
    /// </summary>
    private async Task<string?> RunAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken, bool echo = false)
    {
        await using var turn = await turns.RunAsync(activity, cancellationToken);
        if (turn.Status != TurnStatus.Ran)
            return echo ? conversation.Log.Append(Echo(activity)).Id : null;
        var echoId = echo ? conversation.Log.Append(Echo(activity)).Id : null;
        foreach (var reply in turn.Activities)
            conversation.Log.Append(reply with { ServiceUrl = null, Timestamp = Now(), ReplyToId = echoId ?? reply.ReplyToId });
        return echoId;
    }

    /// <summary>
    /// What the sender sees come back: only what Web Chat needs to mark its message sent and show it (its text,
    /// capped, and the channelData ids it matches on), not whatever else a client posted.
    /// </summary>
    private static Activity Echo(Activity posted) => new()
    {
        Type = posted.Type,
        ChannelId = posted.ChannelId,
        Conversation = posted.Conversation,
        From = new ChannelAccount { Id = posted.From?.Id is { Length: <= MaxEchoId } id ? id : "user", Role = "user" },
        Recipient = Bot,
        Timestamp = posted.Timestamp,
        Text = posted.Text is { Length: > MaxEchoText } text ? text[..MaxEchoText] : posted.Text,
        ChannelData = EchoChannelData(posted.ChannelData),
    };

    private const int MaxEchoText = 4096;
    private const int MaxEchoId = 128;

    /// <summary>Web Chat matches its message by clientActivityID and hides postBack messages: those two, short and of their own type, nothing else.</summary>
    private static JsonElement? EchoChannelData(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } d) return null;
        var kept = new JsonObject();
        if (d.TryGetProperty("clientActivityID", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: <= MaxEchoId } clientId)
            kept["clientActivityID"] = clientId;
        if (d.TryGetProperty("postBack", out var postBack) && postBack.ValueKind is JsonValueKind.True or JsonValueKind.False)
            kept["postBack"] = postBack.GetBoolean();
        return kept.Count == 0 ? null : JsonSerializer.SerializeToElement(kept);
    }

    /// <summary>The server, not the client, says which conversation, channel and time an activity belongs to.</summary>
    private Activity Stamp(DirectLineConversation conversation, Activity activity) => activity with
    {
        Id = null,
        ChannelId = ChannelId,
        Conversation = new ConversationAccount { Id = conversation.Id },
        Recipient = Bot,
        ServiceUrl = null,
        Timestamp = Now(),
        DeliveryMode = null,
    };

    private string Now() => clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
