using System.Text.Json;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Cards;

namespace GuidanceBot.Conversation.Turns;

/// <summary>
/// The first step of every turn: decides from the activity alone whether it is a turn (and with what input),
/// something to ignore, or an invoke to refuse. Channel rules (Teams mentions) were applied by the front door.
/// </summary>
public static class ActivityRouter
{
    public static Route Route(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message => new TurnRoute(new MessageInput(activity.Text, ButtonData.Read(activity.Value), activity.HasValue)),
        ActivityTypes.ConversationUpdate when activity.MembersAdded is { Count: > 0 } => new TurnRoute(new MembersAddedInput()),
        ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade" => new TurnRoute(new InstallationInput(Removed: false)),
        ActivityTypes.InstallationUpdate when activity.Action is "remove" => new TurnRoute(new InstallationInput(Removed: true)),
        ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardInvoke => ReadCardInvoke(activity.Value),
        ActivityTypes.Invoke => new NotImplementedRoute(),
        _ => new IgnoreRoute(),
    };

    /// <summary>value = { action: { type: "Action.Execute", verb, data }, trigger }.</summary>
    private static Route ReadCardInvoke(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v || !v.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
            return new BadInvokeRoute("The invoke has no value.action.");
        if (!action.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Action.Execute")
            return new BadInvokeRoute("Only Action.Execute is supported.");
        JsonElement? data = action.TryGetProperty("data", out var d) ? d : null;
        return new TurnRoute(new CardInvokeInput(ButtonData.Read(data)));
    }
}
