using System.Text.Json.Nodes;
using GuidanceBot.CardBinding;
using GuidanceBot.Protocol;

namespace GuidanceBot.Turns;

/// <summary>The replies of one turn, addressed to the sender; for an invoke, the answer body and the other replies.</summary>
public sealed record TurnReplies(IReadOnlyList<Activity> Activities, JsonObject? InvokeBody);

/// <summary>
/// Runs one routed activity: the turn (state in and out), then its replies rendered as cards and addressed
/// back. Every channel front door (POST /api/messages, Direct Line) calls this, so they behave the same.
/// </summary>
public sealed class TurnRunner(TurnPipeline pipeline, ReplyRenderer renderer, AuthorityContext authority)
{
    public async Task<TurnReplies> RunAsync(Activity activity, TurnInput input, CancellationToken cancellationToken)
    {
        var context = authority.ContextFor(activity);
        var result = await pipeline.RunAsync(ConversationKey.For(activity), input, context, cancellationToken);
        var replies = renderer.Render(result.Replies, authority.RenderFor(context, result.State)).Select(r => ReplyAddressing.To(activity, r)).ToList();
        if (activity.Type != ActivityTypes.Invoke) return new TurnReplies(replies, null);

        var (body, others) = InvokeResponse.FromReplies(replies);
        return new TurnReplies(others, body);
    }
}
