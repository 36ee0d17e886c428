using System.Text.Json.Serialization;
using GuidanceBot.Conversation.Activities;
namespace GuidanceBot.Channels.DirectLine;

/// <summary>Direct Line's Conversation object (start, reconnect, token generate and refresh).</summary>
public sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>Direct Line's ActivitySet; the watermark is a string, as DirectLineJS expects.</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);

/// <summary>Direct Line's ResourceResponse for a posted activity.</summary>
public sealed record PostedResponse(string Id);

/// <summary>The body of POST /conversations: { user: { id } }, all optional.</summary>
public sealed record StartRequest(ChannelAccount? User);

/// <summary>Direct Line's error body: { error: { code, message } }, with its code names.</summary>
public static class DirectLineErrors
{
    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);
    public static IResult Forbidden(string message) => Error(StatusCodes.Status403Forbidden, "TokenExpired", message);
    public static IResult NotFound(string message) => Error(StatusCodes.Status404NotFound, "BadArgument", message);
    public static IResult UnsupportedMediaType(string message) => Error(StatusCodes.Status415UnsupportedMediaType, "BadArgument", message);
    public static IResult Full(string message) => Error(StatusCodes.Status503ServiceUnavailable, "ServiceError", message);

    public static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, ProtocolJson.Options, statusCode: status);
}
