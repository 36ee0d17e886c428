namespace GuidanceBot;

/// <summary>
/// Every log event of the bot. Ids, types, hosts, status codes and counts only — never message text or card content.
/// Event ids are grouped by stage: 1000–1099 inbound and turns, 2000–2099 authentication, 3000–3099 outbound,
/// 4000–4099 the local chat page and its Direct Line endpoint, 5000–5099 Teams behaviour.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Activity {Type} on channel {ChannelId} accepted")]
    public static partial void ActivityAccepted(ILogger logger, string? type, string? channelId);

    [LoggerMessage(1002, LogLevel.Information, "Request rejected with {Status}: {Reason}")]
    public static partial void RequestRejected(ILogger logger, int status, string reason);

    [LoggerMessage(1003, LogLevel.Warning, "Conversation state changed during a turn; retrying (attempt {Attempt})")]
    public static partial void StateConflict(ILogger logger, int attempt);

    [LoggerMessage(1005, LogLevel.Information, "Typed message understood: walk {WalkId}, band {Band}, risk {RiskCategory}, procedure question {AsksAboutTheProcedure}, model {UsedModel}")]
    public static partial void MessageUnderstood(ILogger logger, string? walkId, string band, string? riskCategory, bool asksAboutTheProcedure, bool usedModel);

    [LoggerMessage(1007, LogLevel.Warning, "State store unavailable ({ErrorType}); answering 503 with Retry-After, the turn did not run")]
    public static partial void StateStoreUnavailable(ILogger logger, string errorType);

    [LoggerMessage(1008, LogLevel.Warning, "In-memory state store full ({Max} conversations): the {Forgotten} least recently used forgotten; for more, raise State:MaxConversations or use State:Store=Redis")]
    public static partial void StateStoreFull(ILogger logger, int max, int forgotten);

    [LoggerMessage(1004, LogLevel.Information, "Invoke {Name} not handled; answering 501")]
    public static partial void InvokeNotHandled(ILogger logger, string? name);

    [LoggerMessage(2000, LogLevel.Warning, "Unauthorized: the {Check} check failed ({Detail})")]
    public static partial void Unauthorized(ILogger logger, GuidanceBot.Channels.BotConnector.Auth.AuthCheck check, string detail);

    [LoggerMessage(2001, LogLevel.Information, "{Issuer} signing key {KeyId} unknown; metadata refreshed: {Refreshed}")]
    public static partial void SigningKeyUnknown(ILogger logger, GuidanceBot.Channels.BotConnector.Auth.TokenIssuer issuer, string? keyId, bool refreshed);

    [LoggerMessage(2002, LogLevel.Error, "{Issuer} signing keys could not be fetched ({ErrorType}); its tokens are refused until they can")]
    public static partial void SigningKeysUnavailable(ILogger logger, GuidanceBot.Channels.BotConnector.Auth.TokenIssuer issuer, string errorType);

    [LoggerMessage(2010, LogLevel.Debug, "Connector token from {Source}, expires {ExpiresOn}")]
    public static partial void ConnectorTokenAcquired(ILogger logger, string source, DateTimeOffset expiresOn);

    [LoggerMessage(2011, LogLevel.Error, "Connector token could not be acquired: MSAL error {ErrorCode}")]
    public static partial void ConnectorTokenFailed(ILogger logger, string errorCode);

    [LoggerMessage(EventId = 3000, Level = LogLevel.Warning,
        Message = "Connector call to {ServiceHost} failed on attempt {Attempt} (status {StatusCode}, error {ErrorType}); retrying in {DelayMs} ms")]
    public static partial void ConnectorRetrying(ILogger logger, string? serviceHost, int attempt, int? statusCode, string? errorType, long delayMs);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug,
        Message = "Delivered {ActivityType} to conversation {ConversationId} at {ServiceHost} as activity {ActivityId}")]
    public static partial void ActivityDelivered(ILogger logger, string? activityType, string conversationId, string serviceHost, string? activityId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error,
        Message = "Connector refused delivery to conversation {ConversationId} at {ServiceHost}: status {StatusCode}, error code {ErrorCode}, correlating operation {CorrelatingOperationId}; {Undelivered} activities of the batch not delivered")]
    public static partial void DeliveryRefused(ILogger logger, string conversationId, string serviceHost, int statusCode, string? errorCode, string? correlatingOperationId, int undelivered);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error,
        Message = "Delivery to conversation {ConversationId} at {ServiceHost} failed with {ErrorType}; {Undelivered} activities of the batch not delivered")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, string conversationId, string serviceHost, string errorType, int undelivered);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error,
        Message = "Shutdown cut delivery to conversation {ConversationId} short; {Undelivered} activities not delivered")]
    public static partial void DeliveryAbandoned(ILogger logger, string conversationId, int undelivered);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning,
        Message = "{Held} undelivered activities of conversation {ConversationId} kept to show again on its next turn; {Forgotten} older ones forgotten")]
    public static partial void RepliesHeld(ILogger logger, string conversationId, int held, int forgotten);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information,
        Message = "{Redelivered} earlier undelivered activities shown again in conversation {ConversationId}")]
    public static partial void RepliesRedelivered(ILogger logger, string conversationId, int redelivered);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning,
        Message = "Connector said an activity for conversation {ConversationId} was too large (413); a short notice was sent in its place")]
    public static partial void ReplyReplacedAfter413(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning,
        Message = "Reply queue full for conversation {ConversationId} ({Queued} batches waiting, {Total} in all); the turn was refused with 503 and Retry-After")]
    public static partial void ReplyQueueFull(ILogger logger, string conversationId, int queued, int total);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning,
        Message = "The {What} for conversation {ConversationId} at {ServiceHost} failed with {ErrorType}; the replies are sent anyway")]
    public static partial void BestEffortFailed(ILogger logger, string what, string conversationId, string serviceHost, string errorType);

    [LoggerMessage(1006, LogLevel.Warning, "Local mode (no MicrosoftAppId): listening on loopback only, and only requests straight from this machine are answered. A proxy or tunnel in front of local mode (nginx, ngrok, ssh -R, kubectl port-forward) would make the bot public: to serve other machines, set MicrosoftAppId and run behind the Bot Connector (docs/deploy.md)")]
    public static partial void LocalMode(ILogger logger);

    [LoggerMessage(4000, LogLevel.Information, "Local chat page and Direct Line endpoint enabled: {Enabled} ({Reason})")]
    public static partial void WebChatSwitched(ILogger logger, bool enabled, string reason);

    [LoggerMessage(4001, LogLevel.Information, "Direct Line conversation {ConversationId} started")]
    public static partial void DirectLineConversationStarted(ILogger logger, string conversationId);

    [LoggerMessage(4002, LogLevel.Debug, "Activity {Type} posted to Direct Line conversation {ConversationId}")]
    public static partial void DirectLineActivityPosted(ILogger logger, string? type, string conversationId);

    [LoggerMessage(4003, LogLevel.Information, "Direct Line request refused with {Status}: {Reason}")]
    public static partial void DirectLineRefused(ILogger logger, int status, string reason);

    [LoggerMessage(4004, LogLevel.Debug, "Direct Line token refreshed for conversation {ConversationId}")]
    public static partial void DirectLineTokenRefreshed(ILogger logger, string conversationId);

    [LoggerMessage(4005, LogLevel.Warning, "Direct Line conversation limit reached; a new conversation was refused")]
    public static partial void DirectLineFull(ILogger logger);

    [LoggerMessage(EventId = 5000, Level = LogLevel.Information,
        Message = "Message in a {ConversationType} conversation did not mention the bot; acknowledged and ignored")]
    public static partial void UnmentionedMessageIgnored(ILogger logger, string? conversationType);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning,
        Message = "Connector refused the {What} for conversation {ConversationId} at {ServiceHost}: status {StatusCode}, error code {ErrorCode}, correlating operation {CorrelatingOperationId}; the replies are sent anyway")]
    public static partial void BestEffortRefused(ILogger logger, string what, string conversationId, string serviceHost, int statusCode, string? errorCode, string? correlatingOperationId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning,
        Message = "Reply of {Size} bytes to conversation {ConversationId} is over the {Limit}-byte Teams budget; {Action}")]
    public static partial void ReplyTooLarge(ILogger logger, int size, string? conversationId, int limit, string action);
}
