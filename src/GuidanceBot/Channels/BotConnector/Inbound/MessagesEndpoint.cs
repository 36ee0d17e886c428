using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using GuidanceBot.Channels.BotConnector.Auth;
using GuidanceBot.Channels.BotConnector.Outbound;
using GuidanceBot.Channels.BotConnector.Teams;
using GuidanceBot.Channels.Hosting;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.State;
using GuidanceBot.Conversation.Turns;

namespace GuidanceBot.Channels.BotConnector.Inbound;

/// <summary>
/// POST /api/messages, the Bot Connector front door: read the body, authenticate, apply the Teams rules, run the
/// turn, deliver the replies (in the response body for deliveryMode expectReplies and the invoke answer, else
/// queued for the Connector).
/// </summary>
public static class MessagesEndpoint
{
    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, ChannelSettings settings, ConversationTurns turns,
        ReplyDelivery delivery, [FromServices] BotTokenValidator? tokens, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("GuidanceBot.Inbound");

        var refused = settings.LocalMode ? LocalModeGuard.Check(http) : null;
        if (refused is not null) return Reject(logger, refused);

        // With an app id, the token is checked before the body is read, so an unauthenticated caller learns nothing.
        var token = settings.LocalMode ? null : await tokens!.ValidateAsync(http.Request.Headers.Authorization, cancellationToken);
        if (token?.Failed is not null) return Unauthorized();

        var read = await ActivityReader.ReadAsync(http.Request, cancellationToken);
        if (read.Activity is not { } activity) return Reject(logger, read.Refused!);

        // The checks that need the activity: the signing key endorses its channel, the token vouches for its serviceUrl.
        if (token?.Identity?.Refuses(activity) is { } failed)
        {
            Log.Unauthorized(logger, failed, $"channel {LogText.Safe(activity.ChannelId)}, key {LogText.Safe(token.Identity.SigningKeyId)}");
            return Unauthorized();
        }

        // Teams: in a channel or group chat only messages that @mention the bot are for it; the mention is not part of what was said.
        if (TeamsMessages.Heard(activity) is not { } heard)
        {
            Log.UnmentionedMessageIgnored(logger, LogText.Safe(activity.Conversation?.ConversationType));
            return Results.Ok();
        }
        var expectReplies = heard.DeliveryMode == ActivityTypes.ExpectReplies;
        // Checked before the turn runs, so a request the bot could not answer changes nothing.
        if (!expectReplies && !HasUsableServiceUrl(heard, settings))
            return Reject(logger, Refusal.Bad("The activity has no serviceUrl this bot may reply to."));
        // Back-pressure: while this conversation's (or every) reply queue is full, the turn waits for the channel to retry.
        if (!expectReplies && heard.Conversation?.Id is { } queueFor && !delivery.HasRoom(queueFor))
        {
            http.Response.Headers.RetryAfter = RetryAfterSeconds;
            return Results.Json(new { error = new { code = "ServiceBusy", message = "Replies are still being delivered; try again shortly." } }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        TurnReplies? turn = null;
        try
        {
            turn = await turns.RunAsync(heard, cancellationToken);
            switch (turn.Status)
            {
                case TurnStatus.Ignored:
                    return Results.Ok();
                case TurnStatus.NotImplemented:
                    Log.InvokeNotHandled(logger, LogText.Safe(heard.Name));
                    return Results.StatusCode(StatusCodes.Status501NotImplemented);
                case TurnStatus.BadInvoke:
                    Log.RequestRejected(logger, 400, turn.Problem!);
                    return Results.Json(InvokeResponse.Error(turn.Problem!), statusCode: StatusCodes.Status400BadRequest);
            }
            Log.ActivityAccepted(logger, LogText.Safe(heard.Type), LogText.Safe(heard.ChannelId));

            if (expectReplies)
            {
                return new BufferedJsonResult<ExpectedRepliesBody>(new ExpectedRepliesBody(turn.Activities, turn.InvokeBody), ProtocolJson.Options);
            }
            // Queued while the conversation is still locked, so its next turn cannot reply before this one.
            // Authenticated replies go only to the serviceUrl the token vouched for (it equals the activity's).
            if (ConnectorReplies.Batch(heard, token?.Identity?.ServiceUrl ?? heard.ServiceUrl!, turn, logger) is { } batch)
                delivery.Enqueue(batch);
            return turn.InvokeBody is null ? Results.Ok() : Results.Json(turn.InvokeBody, ProtocolJson.Options);
        }
        catch (StateContentionException)
        {
            http.Response.Headers.RetryAfter = "1";
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        catch (StateStoreUnavailableException e)
        {
            // The state could not be read or saved, so no reply was handed on: the channel's retry runs the turn afresh.
            Log.StateStoreUnavailable(logger, e.InnerException?.GetType().Name ?? e.GetType().Name);
            http.Response.Headers.RetryAfter = RetryAfterSeconds;
            return Results.Json(new { error = new { code = "StateUnavailable", message = "Conversation state is unavailable; try again shortly." } }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        finally
        {
            if (turn is not null) await turn.DisposeAsync();
        }
    }

    private const string RetryAfterSeconds = "5";

    private static bool HasUsableServiceUrl(Activity activity, ChannelSettings settings) =>
        settings.LocalMode
            ? LocalModeGuard.IsLoopbackHttpUrl(activity.ServiceUrl)
            : Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    /// <summary>Every authentication failure looks the same to the caller; the log says which check failed.</summary>
    private static IResult Unauthorized() =>
        Results.Json(new { error = new { code = "Unauthorized" } }, statusCode: StatusCodes.Status401Unauthorized);

    private static IResult Reject(ILogger logger, Refusal refused)
    {
        Log.RequestRejected(logger, refused.Status, refused.Reason);
        return Results.Json(new { error = new { code = refused.Code, message = refused.Reason } }, statusCode: refused.Status);
    }
}
