using System.Globalization;
using System.Text.Json;
using GuidanceBot.Channels.BotConnector.Auth;
using GuidanceBot.Channels.Hosting;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.State;
using GuidanceBot.Conversation.Turns;
namespace GuidanceBot.Channels.DirectLine;

/// <summary>
/// The Direct Line 3.0 subset Web Chat needs in polling mode, under /v3/directline: generate a token, start a
/// conversation, post and get activities (string watermark), reconnect, refresh the token. Every call but
/// generate and start needs the conversation's bearer token; a token opens its own conversation only.
/// </summary>
public static class DirectLineEndpoints
{
    public const string Base = "/v3/directline";

    /// <summary>The rate limit on new conversations and tokens, per client address (WebChat:TokensPerClientPerMinute).</summary>
    public const string TokenPolicy = "directline-tokens";

    /// <summary>Who a request comes from, for per-client limits: its address.</summary>
    public static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "local";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var web = app.ServiceProvider.GetRequiredService<WebChatSwitch>();
        if (!web.Enabled) return app;

        var routes = app.MapGroup(Base).AddEndpointFilter(LocalOnly);
        routes.MapPost("/tokens/generate", Generate).RequireRateLimiting(TokenPolicy);
        routes.MapPost("/tokens/refresh", Refresh);
        routes.MapPost("/conversations", StartAsync).RequireRateLimiting(TokenPolicy);
        routes.MapGet("/conversations/{conversationId}", Reconnect);
        routes.MapPost("/conversations/{conversationId}/activities", PostAsync);
        routes.MapGet("/conversations/{conversationId}/activities", GetActivities);
        return app;
    }

    /// <summary>A token for a new conversation, for the page to hand to DirectLineJS (no secret here: the page is the client).</summary>
    private static IResult Generate(HttpContext http, DirectLineConversations conversations, ILogger<DirectLineConversations> logger) =>
        conversations.Create("user", ClientOf(http)) is { } created ? Results.Ok(Describe(created, created.CurrentToken, conversations)) : Full(logger);

    /// <summary>With a token from generate: starts that conversation (201 the first time, 200 after). Without: a new conversation, as the Emulator allows.</summary>
    private static async Task<IResult> StartAsync(HttpContext http, DirectLineConversations conversations, DirectLineTurns turns,
        ILogger<DirectLineConversations> logger, CancellationToken cancellationToken)
    {
        DirectLineConversation conversation;
        if (http.Request.Headers.Authorization.Count > 0)
        {
            var (known, refused) = Authorize(http, conversations, null, logger);
            if (refused is not null) return refused;
            conversation = known!;
        }
        else
        {
            var (user, bad) = await ReadStartUserAsync(http.Request, cancellationToken);
            if (bad is not null) return Refuse(logger, StatusCodes.Status400BadRequest, bad);
            if (conversations.Create(user, ClientOf(http)) is not { } created) return Full(logger);
            conversation = created;
        }

        var token = FindPresentedToken(http, conversation) ?? conversation.CurrentToken;
        var body = Describe(conversation, token, conversations);
        if (!conversation.MarkStarted()) return Results.Ok(body);
        try
        {
            await turns.StartAsync(conversation, cancellationToken);
        }
        catch (Exception e) when (e is StateContentionException or StateStoreUnavailableException)
        {
            conversation.StartFailed();
            return Busy(http, e, logger);
        }
        return Results.Json(body, ProtocolJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static IResult Reconnect(string conversationId, HttpContext http, DirectLineConversations conversations, ILogger<DirectLineConversations> logger)
    {
        var (conversation, error) = Authorize(http, conversations, conversationId, logger);
        if (error is not null) return error;
        // The presented token can have been refreshed away since it was checked; then describe the current one.
        return Results.Ok(Describe(conversation!, FindPresentedToken(http, conversation!) ?? conversation!.CurrentToken, conversations));
    }

    private static IResult Refresh(HttpContext http, DirectLineConversations conversations, ILogger<DirectLineConversations> logger)
    {
        var (conversation, error) = Authorize(http, conversations, null, logger);
        if (error is not null) return error;
        var fresh = conversations.Refresh(conversation!);
        Log.DirectLineTokenRefreshed(logger, conversation!.Id);
        return Results.Ok(Describe(conversation, fresh, conversations));
    }

    private static async Task<IResult> PostAsync(string conversationId, HttpContext http, DirectLineConversations conversations,
        DirectLineTurns turns, ILogger<DirectLineConversations> logger, CancellationToken cancellationToken)
    {
        var (conversation, error) = Authorize(http, conversations, conversationId, logger);
        if (error is not null) return error;

        var (activity, bad) = await PostedActivityReader.ReadAsync(http.Request, cancellationToken);
        if (bad is not null)
        {
            Log.DirectLineRefused(logger, StatusCodes.Status400BadRequest, "bad activity body");
            return bad;
        }
        try
        {
            return Results.Json(new PostedResponse(await turns.PostAsync(conversation!, activity!, cancellationToken)), ProtocolJson.Options);
        }
        catch (Exception e) when (e is StateContentionException or StateStoreUnavailableException)
        {
            return Busy(http, e, logger);
        }
    }

    /// <summary>The turn did not run (the state kept changing, or the store is unavailable): 503 with Retry-After, so the client sends it again.</summary>
    private static IResult Busy(HttpContext http, Exception e, ILogger logger)
    {
        if (e is StateStoreUnavailableException) Log.StateStoreUnavailable(logger, e.InnerException?.GetType().Name ?? e.GetType().Name);
        http.Response.Headers.RetryAfter = e is StateStoreUnavailableException ? "5" : "1";
        return DirectLineErrors.Error(StatusCodes.Status503ServiceUnavailable, "ServiceError", "The conversation is busy; try again.");
    }

    private static IResult GetActivities(string conversationId, string? watermark, HttpContext http,
        DirectLineConversations conversations, ILogger<DirectLineConversations> logger)
    {
        var (conversation, error) = Authorize(http, conversations, conversationId, logger);
        if (error is not null) return error;

        long after = 0;
        if (!string.IsNullOrEmpty(watermark) && (!long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out after)))
            return Refuse(logger, StatusCodes.Status400BadRequest, "The watermark must be a number this endpoint returned.");

        var (activities, last) = conversation!.Log.After(after);
        return Results.Json(new ActivitySet(activities, last.ToString(CultureInfo.InvariantCulture)), ProtocolJson.Options);
    }

    /// <summary>
    /// The token must be live (else 403); a conversation in the path must exist (else 404) and be the token's own
    /// (else 403). Ids are random, so telling "unknown" from "not yours" reveals nothing useful.
    /// </summary>
    private static (DirectLineConversation? Conversation, IResult? Error) Authorize(
        HttpContext http, DirectLineConversations conversations, string? conversationId, ILogger logger)
    {
        var (conversation, problem) = conversations.Authenticate(BearerHeader.Token(http.Request.Headers.Authorization));
        if (conversation is null)
            return (null, Refuse(logger, StatusCodes.Status403Forbidden, problem switch
            {
                TokenProblem.Missing => "An Authorization: Bearer token is required.",
                TokenProblem.Expired => "The token has expired; start a new conversation.",
                _ => "The token is not valid.",
            }));
        if (conversationId is null || conversationId == conversation.Id) return (conversation, null);
        return conversations.Find(conversationId) is null
            ? (null, Refuse(logger, StatusCodes.Status404NotFound, "There is no such conversation."))
            : (null, Refuse(logger, StatusCodes.Status403Forbidden, "The token is not valid for this conversation."));
    }

    private static DirectLineToken? FindPresentedToken(HttpContext http, DirectLineConversation conversation) =>
        BearerHeader.Token(http.Request.Headers.Authorization) is { } value ? conversation.FindToken(value) : null;

    private static ConversationResponse Describe(DirectLineConversation conversation, DirectLineToken token, DirectLineConversations conversations) =>
        new(conversation.Id, token.Value, token.SecondsLeft(conversations.Now));

    /// <summary>The start body is optional: { user: { id } }. Malformed JSON is the client's mistake.</summary>
    private static async Task<(string User, string? Error)> ReadStartUserAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        const int MaxStartBody = 16 * 1024;
        if (request.ContentLength is 0) return ("user", null);
        if (request.ContentLength > MaxStartBody) return ("user", "The body is too large.");
        // A chunked body has no length to check first: read at most the limit, never the whole stream.
        var buffer = new char[MaxStartBody + 1];
        using var reader = new StreamReader(request.Body);
        int read;
        try
        {
            read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        }
        catch (BadHttpRequestException)
        {
            return ("user", "The body could not be read.");
        }
        if (read > MaxStartBody) return ("user", "The body is too large.");
        var text = new string(buffer, 0, read);
        if (string.IsNullOrWhiteSpace(text)) return ("user", null);
        try
        {
            var start = JsonSerializer.Deserialize<StartRequest>(text, ProtocolJson.Options);
            var id = start?.User?.Id;
            // An id the page will show back: printable and short, or the plain default.
            return (string.IsNullOrWhiteSpace(id) || id.Length > 64 || id.Any(c => char.IsControl(c) || char.IsSurrogate(c) || c is '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069'))
                ? "user" : id, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return ("user", "The body is not valid JSON text.");
        }
    }

    /// <summary>In local mode only this machine may chat, exactly as /api/messages accepts only this machine.</summary>
    private static async ValueTask<object?> LocalOnly(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.RequestServices.GetRequiredService<WebChatSwitch>().LocalOnly && !LocalModeGuard.IsLocalRequest(http))
            return DirectLineErrors.Error(StatusCodes.Status403Forbidden, "Forbidden", "Local mode accepts requests from this machine only.");
        return await next(context);
    }

    private static IResult Full(ILogger logger)
    {
        Log.DirectLineFull(logger);
        return DirectLineErrors.Full("Too many conversations are open; try again later.");
    }

    private static IResult Refuse(ILogger logger, int status, string reason)
    {
        Log.DirectLineRefused(logger, status, reason);
        return status switch
        {
            StatusCodes.Status403Forbidden => DirectLineErrors.Forbidden(reason),
            StatusCodes.Status404NotFound => DirectLineErrors.NotFound(reason),
            _ => DirectLineErrors.BadArgument(reason),
        };
    }
}
