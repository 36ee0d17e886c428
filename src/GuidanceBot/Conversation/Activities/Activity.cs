using System.Text.Json;
using System.Text.Json.Serialization;

namespace GuidanceBot.Conversation.Activities;

/// <summary>
/// A Bot Framework activity. Known fields are typed; every other field is kept in
/// <see cref="Extra"/> so it survives a round trip (the Activity spec requires tolerating unknown fields).
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public string? Timestamp { get; init; }
    public string? LocalTimestamp { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? TextFormat { get; init; }
    public string? Text { get; init; }
    public string? Locale { get; init; }
    public string? InputHint { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public string? AttachmentLayout { get; init; }
    public IReadOnlyList<JsonElement>? Entities { get; init; }
    public JsonElement? ChannelData { get; init; }
    public string? Action { get; init; }
    public string? ReplyToId { get; init; }
    public string? Name { get; init; }
    public JsonElement? Value { get; init; }
    public string? DeliveryMode { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }

    /// <summary>The message carries a value: an Action.Submit click (with or without text). The one definition, so
    /// routing and the channels' rules never disagree about what a card submit is.</summary>
    [JsonIgnore]
    public bool HasValue => Value is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) };
}

public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record ConversationAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public bool? IsGroup { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record Attachment
{
    public string? ContentType { get; init; }
    public JsonElement? Content { get; init; }
    public string? ContentUrl { get; init; }
    public string? Name { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
