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
    private JsonElement? _content;
    private byte[]? _contentJson;

    public string? ContentType { get; init; }

    /// <summary>
    /// The content (for our replies, a card). A card the bot rendered is held as the JSON it was written as
    /// (<see cref="FromJson"/>) and read into an element only when something asks here: most replies are only
    /// written out, and an element would cost a copy of the card and an index of it on every reply.
    /// </summary>
    [JsonIgnore]
    public JsonElement? Content
    {
        get => _content ?? (_contentJson is null ? null : JsonElement.Parse(_contentJson));
        init
        {
            _content = value;
            _contentJson = null;
        }
    }

    /// <summary>An attachment whose content is this JSON, written out as it is.</summary>
    public static Attachment FromJson(string contentType, byte[] utf8Json) =>
        new() { ContentType = contentType, _contentJson = utf8Json };

    /// <summary>"content" on the wire: the rendered JSON as it is, or the element.</summary>
    [JsonInclude, JsonPropertyName("content")]
    private AttachmentContent? WireContent
    {
        get => _contentJson is not null ? new AttachmentContent(_contentJson, default)
            : _content is { } element ? new AttachmentContent(null, element) : null;
        init
        {
            _content = value?.Element;
            _contentJson = null;
        }
    }

    public string? ContentUrl { get; init; }
    public string? Name { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
