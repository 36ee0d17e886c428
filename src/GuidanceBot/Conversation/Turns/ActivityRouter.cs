using System.Text.Json;
using GuidanceBot.Channels.BotConnector.Teams;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Cards;
namespace GuidanceBot.Conversation.Turns;

/// <summary>
/// The first step of every turn, from either front door: decides from the activity alone whether it is a turn
/// (and with what input), something to ignore, or an invoke to refuse.
/// </summary>
public static class ActivityRouter
{
    public static Route Route(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message => ReadMessage(activity),
        ActivityTypes.ConversationUpdate when activity.MembersAdded is { Count: > 0 } => new TurnRoute(new MembersAddedInput()),
        ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade" => new TurnRoute(new InstallationInput(Removed: false)),
        ActivityTypes.InstallationUpdate when activity.Action is "remove" => new TurnRoute(new InstallationInput(Removed: true)),
        ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardInvoke => ReadCardInvoke(activity.Value),
        ActivityTypes.Invoke => new NotImplementedRoute(),
        _ => new IgnoreRoute(),
    };

    /// <summary>
    /// In a Teams channel or group chat, only messages that @mention the bot are for it; the mention itself is not
    /// part of what was said. A card submit is read whatever its text (its value is checked first).
    /// </summary>
    private static Route ReadMessage(Activity activity)
    {
        if (!ConversationRules.ShouldAnswer(activity)) return new IgnoreRoute(NotMentioned);
        var text = MentionText.StripBotMentions(activity.Text, activity.Entities, activity.Recipient?.Id);
        return new TurnRoute(new MessageInput(text, CardAction.Parse(activity.Value), ConversationRules.HasValue(activity)));
    }

    public const string NotMentioned = "group message without a mention of the bot";

    /// <summary>value = { action: { type: "Action.Execute", verb, data }, trigger }.</summary>
    private static Route ReadCardInvoke(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v || !v.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
            return new BadInvokeRoute("The invoke has no value.action.");
        if (!action.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Action.Execute")
            return new BadInvokeRoute("Only Action.Execute is supported.");
        JsonElement? data = action.TryGetProperty("data", out var d) ? d : null;
        return new TurnRoute(new CardInvokeInput(CardAction.Parse(data)));
    }
}
