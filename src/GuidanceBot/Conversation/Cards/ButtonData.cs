using System.Text.Json;
using System.Text.Json.Nodes;
using GuidanceBot.Conversation.Understanding;

namespace GuidanceBot.Conversation.Cards;

/// <summary>
/// The one owner of the data our card buttons carry (Action.Submit data, or Action.Execute data in an
/// adaptiveCard/action invoke): written here for the cards, read here when a click comes back.
/// { "gb": "answer", "walk", "step", "value" } | { "gb": "start", "walk", "keep"? } | { "gb": "command", "value" }
/// | { "gb": "authority", "value": profile id } | { "gb": "change", "walk", "step" }
/// | { "gb": "checklist", "walk", "outcome", "check-&lt;item&gt;": "true"|"false" ... } (the toggles' values merged in)
/// | { "gb": "take", "walk", "answers": "step=value;step=value" } | { "gb": "not-this", "walks": "id,id,id" }.
/// Data is always an object: Teams and Web Chat then send it back as the activity's value.
/// </summary>
public static class ButtonData
{
    private const string Marker = "gb";

    /// <summary>Checklist toggles are inputs named with this prefix and the item id; the card submits them with the button.</summary>
    public const string ChecklistInputPrefix = "check-";

    public static JsonObject Answer(string walkId, string stepId, string value) =>
        new() { [Marker] = "answer", ["walk"] = walkId, ["step"] = stepId, ["value"] = value };

    public static JsonObject Start(string walkId) => new() { [Marker] = "start", ["walk"] = walkId };

    /// <summary>An outcome's offer of another walk: started on top of the finished one, so back returns to it.</summary>
    public static JsonObject Offer(string walkId) => new() { [Marker] = "start", ["walk"] = walkId, ["keep"] = "true" };

    public static JsonObject Change(string walkId, string stepId) =>
        new() { [Marker] = "change", ["walk"] = walkId, ["step"] = stepId };

    public static JsonObject Checklist(string walkId, string outcomeId) =>
        new() { [Marker] = "checklist", ["walk"] = walkId, ["outcome"] = outcomeId };

    public static JsonObject Authority(string profileId) => new() { [Marker] = "authority", ["value"] = profileId };

    public static JsonObject Command(Command command) =>
        new() { [Marker] = "command", ["value"] = CommandRecognizer.CardValue(command) };

    /// <summary>Use these answers (ids and values only) in the walk.</summary>
    public static JsonObject Take(string walkId, IEnumerable<(string StepId, string Value)> answers) =>
        new() { [Marker] = "take", ["walk"] = walkId, ["answers"] = string.Join(";", answers.Select(a => a.StepId + "=" + a.Value)) };

    public static JsonObject NotThis(IEnumerable<string> walkIds) =>
        new() { [Marker] = "not-this", ["walks"] = string.Join(",", walkIds) };

    /// <summary>The click a button's data asks for; null when the value is not one of our buttons' data.</summary>
    public static CardAction? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data) return null;
        return Field(data, Marker) switch
        {
            "answer" when Field(data, "walk") is { } walk && Field(data, "step") is { } step && Field(data, "value") is { } answer
                => new AnswerAction(walk, step, answer),
            "start" when Field(data, "walk") is { } walk => new StartAction(walk, Field(data, "keep") == "true"),
            "change" when Field(data, "walk") is { } walk && Field(data, "step") is { } step => new ChangeAction(walk, step),
            "checklist" when Field(data, "walk") is { } walk && Field(data, "outcome") is { } outcome
                => new ChecklistAction(walk, outcome, Ticked(data)),
            "authority" when Field(data, "value") is { } profile => new AuthorityAction(profile),
            "take" when Field(data, "walk") is { } walk && Field(data, "answers") is { } answers => new TakeAction(walk, Pairs(answers)),
            "not-this" when Field(data, "walks") is { } walks => new NotThisAction(walks.Split(',', StringSplitOptions.RemoveEmptyEntries).Take(5).ToList()),
            "command" when CommandRecognizer.FromCardValue(Field(data, "value")) is { } command => new CommandAction(command),
            _ => null,
        };
    }

    /// <summary>"step=value;step=value", at most twenty; malformed parts are dropped (the turn checks each against the walk).</summary>
    private static IReadOnlyList<(string StepId, string Value)> Pairs(string answers) =>
        answers.Split(';', StringSplitOptions.RemoveEmptyEntries).Take(20)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2 && p[0].Length > 0 && p[1].Length > 0)
            .Select(p => (p[0], p[1])).ToList();

    /// <summary>The checklist items whose toggle is on. Only ids are read; nothing typed is kept.</summary>
    private static IReadOnlySet<string> Ticked(JsonElement data) => data.EnumerateObject()
        .Where(p => p.Name.StartsWith(ChecklistInputPrefix, StringComparison.Ordinal)
            && p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == "true")
        .Select(p => p.Name[ChecklistInputPrefix.Length..])
        .ToHashSet(StringComparer.Ordinal);

    private static string? Field(JsonElement data, string name) =>
        data.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
