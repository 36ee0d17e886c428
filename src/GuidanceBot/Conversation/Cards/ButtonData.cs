using System.Text.Json.Nodes;
using GuidanceBot.Conversation.Understanding;
namespace GuidanceBot.Conversation.Cards;

/// <summary>The Action.Submit data our buttons carry; <see cref="CardAction.Parse"/> reads it back.</summary>
public static class ButtonData
{
    public static JsonObject Answer(string walkId, string stepId, string value) =>
        new() { [CardAction.Marker] = "answer", ["walk"] = walkId, ["step"] = stepId, ["value"] = value };

    public static JsonObject Start(string walkId) => new() { [CardAction.Marker] = "start", ["walk"] = walkId };

    /// <summary>An outcome's offer of another walk: started on top of the finished one, so back returns to it.</summary>
    public static JsonObject Offer(string walkId) => new() { [CardAction.Marker] = "start", ["walk"] = walkId, ["keep"] = "true" };

    public static JsonObject Change(string walkId, string stepId) =>
        new() { [CardAction.Marker] = "change", ["walk"] = walkId, ["step"] = stepId };

    public static JsonObject Checklist(string walkId, string outcomeId) =>
        new() { [CardAction.Marker] = "checklist", ["walk"] = walkId, ["outcome"] = outcomeId };

    public static JsonObject Authority(string profileId) => new() { [CardAction.Marker] = "authority", ["value"] = profileId };

    public static JsonObject Command(Command command) =>
        new() { [CardAction.Marker] = "command", ["value"] = CommandRecognizer.ToCardValue(command) };
}
