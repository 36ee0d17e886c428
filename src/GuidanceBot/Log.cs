namespace GuidanceBot;

/// <summary>Every log event of the app. Ids, types and reasons only: never message text or card content.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Activity {Type} on channel {ChannelId} accepted")]
    public static partial void ActivityAccepted(ILogger logger, string? type, string? channelId);

    [LoggerMessage(1002, LogLevel.Information, "Request rejected with {Status}: {Reason}")]
    public static partial void RequestRejected(ILogger logger, int status, string reason);

    [LoggerMessage(1003, LogLevel.Warning, "Conversation state changed during a turn; retrying (attempt {Attempt})")]
    public static partial void StateConflict(ILogger logger, int attempt);

    [LoggerMessage(1004, LogLevel.Information, "Invoke {Name} not handled; answering 501")]
    public static partial void InvokeNotHandled(ILogger logger, string? name);
}
