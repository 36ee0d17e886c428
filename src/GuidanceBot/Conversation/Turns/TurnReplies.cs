using System.Text.Json.Nodes;
using GuidanceBot.Conversation.Activities;

namespace GuidanceBot.Conversation.Turns;

/// <summary>What came of an activity, for the front door to hand on.</summary>
public enum TurnStatus
{
    /// <summary>A turn ran; its replies (possibly none) are in <see cref="TurnReplies.Activities"/>.</summary>
    Ran,
    /// <summary>An activity type the bot does not act on: acknowledge it, nothing changed.</summary>
    Ignored,
    /// <summary>An invoke the bot does not handle: 501, as the Bot Framework SDK answers.</summary>
    NotImplemented,
    /// <summary>An adaptiveCard/action invoke that is not an Action.Execute: 400 with <see cref="TurnReplies.Problem"/>.</summary>
    BadInvoke,
}

/// <summary>
/// The rendered replies of one turn, addressed to the sender, for an invoke also the answer body. While this is
/// held the conversation stays locked, so the front door hands the replies on (response body, Connector queue,
/// Direct Line log) before the conversation's next turn can start; disposing it releases the lock.
/// </summary>
public sealed class TurnReplies : IAsyncDisposable
{
    private readonly IDisposable? _lock;
    private readonly Func<Activity?>? _answeredCard;

    internal TurnReplies(TurnStatus status, IReadOnlyList<Activity> activities, JsonObject? invokeBody,
        IDisposable? conversationLock = null, Func<Activity?>? answeredCard = null, string? problem = null)
    {
        Status = status;
        Activities = activities;
        InvokeBody = invokeBody;
        Problem = problem;
        _lock = conversationLock;
        _answeredCard = answeredCard;
    }

    internal static TurnReplies Of(TurnStatus status, string? problem = null) => new(status, [], null, problem: problem);

    public TurnStatus Status { get; }

    /// <summary>The replies, in order. For an invoke, the card in <see cref="InvokeBody"/> is not repeated here.</summary>
    public IReadOnlyList<Activity> Activities { get; }

    /// <summary>The body of an invoke's HTTP answer ({statusCode, type, value}); null for other activities.</summary>
    public JsonObject? InvokeBody { get; }

    /// <summary>Why an invoke was refused (<see cref="TurnStatus.BadInvoke"/>).</summary>
    public string? Problem { get; }

    /// <summary>
    /// When an Action.Submit click answered the question on screen: that question with the chosen answer and no
    /// buttons, addressed to replace the clicked card (its message id is the click's replyToId). Rendered only when
    /// asked, because only channels that let the bot edit its messages use it. Null otherwise.
    /// </summary>
    public Activity? AnsweredCard() => _answeredCard?.Invoke();

    public ValueTask DisposeAsync()
    {
        _lock?.Dispose();
        return ValueTask.CompletedTask;
    }
}
