using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using GuidanceBot.Channels.BotConnector.Auth;
using GuidanceBot.Channels.BotConnector.Outbound;
using GuidanceBot.Channels.Hosting;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Turns;

namespace GuidanceBot.Channels.BotConnector.Inbound;

/// <summary>
/// POST /api/messages: activity in → checks → turn → replies out, either in the response body
/// (deliveryMode expectReplies, and the invoke answer) or through the Connector.
/// </summary>
public static class MessagesEndpoint
{
    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, ChannelSettings settings, TurnRunner runner,
        ReplyDelivery delivery, [FromServices] BotTokenValidator? tokens, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("GuidanceBot.Inbound");

        var refused = settings.LocalMode ? LocalModeGuard.Check(http) : null;
        if (refused is not null) return Reject(logger, refused);

        // With an app id, the token is checked before the body is read, so an unauthenticated caller learns nothing.
        var token = settings.LocalMode ? null : await tokens!.ValidateAsync(http.Request.Headers.Authorization, cancellationToken);
        if (token?.Failed is not null) return Unauthorized();

        var read = await ActivityReader.ReadAsync(http.Request, cancellationToken);
        if (read.Activity is not { } activity) return Reject(logger, read);

        // The checks that need the activity: the signing key endorses its channel, the token vouches for its serviceUrl.
        if (token?.Identity?.Refuses(activity) is { } failed)
        {
            Log.Unauthorized(logger, failed, $"channel {activity.ChannelId}, key {token.Identity.SigningKeyId}");
            return Unauthorized();
        }

        var route = ActivityRouter.Route(activity);
        var expectReplies = activity.DeliveryMode == ActivityTypes.ExpectReplies;
        switch (route)
        {
            case IgnoreRoute ignore:
                if (ignore.Reason == ActivityRouter.NotMentioned) Log.UnmentionedMessageIgnored(logger, activity.Conversation?.ConversationType);
                return Results.Ok();
            case NotImplementedRoute:
                Log.InvokeNotHandled(logger, activity.Name);
                return Results.StatusCode(StatusCodes.Status501NotImplemented);
            case BadInvokeRoute bad:
                Log.RequestRejected(logger, 400, bad.Message);
                return Results.Json(InvokeResponse.Error(bad.Message), statusCode: StatusCodes.Status400BadRequest);
        }

        if (!expectReplies && !HasUsableServiceUrl(activity, settings))
            return Reject(logger, ReadResult.Bad("The activity has no serviceUrl this bot may reply to."));

        Log.ActivityAccepted(logger, activity.Type, activity.ChannelId);
        TurnReplies turn;
        try
        {
            // Queued inside the turn's lock, so this conversation's next turn cannot reply before this one.
            // Authenticated replies go only to the serviceUrl the token vouched for (it equals the activity's).
            turn = await runner.RunAsync(activity, ((TurnRoute)route).Input, cancellationToken, replies =>
            {
                if (!expectReplies && ConnectorReplies.Batch(activity, token?.Identity?.ServiceUrl ?? activity.ServiceUrl!, replies, logger) is { } batch)
                    delivery.Enqueue(batch);
            });
        }
        catch (StateContentionException)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        var (toSend, invokeBody) = (turn.Activities, turn.InvokeBody);

        if (expectReplies)
        {
            var body = new JsonObject { ["activities"] = ToJson(toSend) };
            if (invokeBody is not null) body["body"] = invokeBody;
            return Results.Json(body, ProtocolJson.Options);
        }

        return invokeBody is null ? Results.Ok() : Results.Json(invokeBody, ProtocolJson.Options);
    }

    private static bool HasUsableServiceUrl(Activity activity, ChannelSettings settings) =>
        settings.LocalMode
            ? LocalModeGuard.IsLoopbackHttpUrl(activity.ServiceUrl)
            : Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    private static JsonArray ToJson(IEnumerable<Activity> activities) =>
        new(activities.Select(a => System.Text.Json.JsonSerializer.SerializeToNode(a, ProtocolJson.Options)).ToArray());

    /// <summary>Every authentication failure looks the same to the caller; the log says which check failed.</summary>
    private static IResult Unauthorized() =>
        Results.Json(new { error = new { code = "Unauthorized" } }, statusCode: StatusCodes.Status401Unauthorized);

    private static IResult Reject(ILogger logger, ReadResult refused)
    {
        Log.RequestRejected(logger, refused.Status, refused.Reason!);
        return Results.Json(
            new { error = new { code = refused.Status switch { 401 => "Unauthorized", 403 => "Forbidden", 415 => "UnsupportedMediaType", _ => "BadRequest" }, message = refused.Reason } },
            statusCode: refused.Status);
    }
}
