using System.Text.Json;
using GuidanceBot.Protocol;
using GuidanceBot.Teams;
using GuidanceBot.Waterfall;

namespace GuidanceBot.Turns;

/// <summary>How an incoming activity is routed. Exactly one route per activity: no two handlers fire.</summary>
public abstract record Route;

/// <summary>Run a turn with this input.</summary>
public sealed record TurnRoute(TurnInput Input) : Route;

/// <summary>Acknowledge and do nothing (types and events we do not act on). <paramref name="Reason"/> is logged when set.</summary>
public sealed record IgnoreRoute(string? Reason = null) : Route;

/// <summary>An invoke we do not handle: 501, as the Bot Framework SDK answers.</summary>
public sealed record NotImplementedRoute : Route;

/// <summary>An adaptiveCard/action invoke whose value is not an Action.Execute: 400 with an error body.</summary>
public sealed record BadInvokeRoute(string Message) : Route;

public static class TurnInputReader
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
