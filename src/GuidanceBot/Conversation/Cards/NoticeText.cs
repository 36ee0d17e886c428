using GuidanceBot.Conversation.Replies;
namespace GuidanceBot.Conversation.Cards;

/// <summary>The words of each notice, kept in one place so tests can assert notice ids instead of sentences.</summary>
public static class NoticeText
{
    /// <summary>The id a notice line carries on a card: "notice:" and the notice's name in kebab case.</summary>
    public static string Id(Notice notice) =>
        "notice:" + string.Concat(notice.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static string? For(Notice notice) => notice switch
    {
        Notice.Unreadable => "Sorry, I couldn't read that answer. Please choose one of the options below, or type its number.",
        Notice.StaleClick => "That question has already been answered. Here is where you are now.",
        Notice.FirstQuestion => "This is the first question, so there is nothing to go back to.",
        Notice.WentBack => "Going back: here is the previous question again.",
        Notice.StartedOver => "Starting this walk again from the first question.",
        Notice.Cancelled => "Stopped. Nothing from that walk was kept.",
        Notice.NotPlaced => "Sorry, I couldn't tell which walk you need. Please pick one below, or type its name.",
        Notice.NoWalkToChange => "There is no walk in progress. Pick one below to start.",
        Notice.UnknownWalk => "That walk is not available. Please pick one below.",
        Notice.BackToOutcome => "Back to the outcome you came from.",
        Notice.ChangingAnswer => "Change your answer here; the questions after it will be asked again.",
        Notice.NoRecordYet => "A record can be made once a walk reaches its outcome. Here is where you are.",
        Notice.AuthorityChanged => "Done: answers now come from the procedure named on this card.",
        Notice.DidYouMean => "Did you mean one of these? Pick one, or say what you need in other words.",
        Notice.NotThisOne => "Here are the next closest guides. Pick one, or see them all.",
        Notice.OtherTopic => "That sounds like another guide. Switch to it, or carry on with this one.",
        Notice.NothingMatched => "Sorry, I couldn't tell which guide you need. Pick one below, or describe the situation in a sentence, without names (for example: does she need an advocate for her review?).",
        Notice.RiskFirst => "This may be a safeguarding matter. If anyone is in immediate danger, call 999 now.",
        Notice.Resumed => "Back to where you were.",
        Notice.Undelivered => "An earlier answer could not be delivered to you because of a connection problem. Here it is again, before the answer to your last message.",
        Notice.LostWalk => "I no longer have this walk (it was a while ago, or I was restarted). Start it again below.",
        _ => null,
    };
}
