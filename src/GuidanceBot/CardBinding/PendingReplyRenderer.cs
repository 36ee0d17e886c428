// TEMPORARY until the cards branch merges.
using GuidanceBot.Protocol;
using GuidanceBot.Turns;
namespace GuidanceBot.CardBinding;
public sealed class ReplyRenderer { public IReadOnlyList<Activity> Render(IReadOnlyList<Reply> replies, string? authority) => replies.Select(r => new Activity { Type = "message", Text = r.GetType().Name }).ToList(); }
