namespace GuidanceBot.Channels.DirectLine;

/// <summary>
/// Settings under <c>WebChat</c>: the local chat page and its Direct Line endpoint. Every limit keeps memory bounded,
/// because conversations live only in this process.
/// </summary>
public sealed class WebChatOptions
{
    /// <summary>Absent: on in local mode (no MicrosoftAppId), off with an app id. Set it to decide explicitly.</summary>
    public bool? Enabled { get; set; }

    /// <summary>A conversation nobody has posted to or polled for this long is forgotten.</summary>
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a token is valid; DirectLineJS refreshes at half of its own 30-minute assumption.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Activities kept per conversation; older ones are dropped (a walk needs a few dozen).</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Conversations kept at once; starting one more is refused until some expire.</summary>
    public int MaxConversations { get; set; } = 1000;

    /// <summary>Conversations one client (one address) may hold at once, so no client can take the whole of <see cref="MaxConversations"/>.</summary>
    public int MaxConversationsPerClient { get; set; } = 50;

    /// <summary>Bytes of activities kept per conversation; the oldest are dropped past it, whatever their number.</summary>
    public int MaxBytesPerConversation { get; set; } = 512 * 1024;

    /// <summary>Tokens (new conversations) one client may ask for per minute.</summary>
    public int TokensPerClientPerMinute { get; set; } = 20;
}
