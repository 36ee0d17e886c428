using System.Text.Json;
using GuidanceBot.Conversation.Understanding;

namespace GuidanceBot.Conversation.Cards;

/// <summary>
/// What our card buttons send (Action.Submit data, or Action.Execute data in an adaptiveCard/action invoke):
/// { "gb": "answer", "walk", "step", "value" } | { "gb": "start", "walk" } | { "gb": "command", "value" }
/// | { "gb": "authority", "value": profile id } | { "gb": "change", "walk", "step" }
/// | { "gb": "checklist", "walk", "outcome", "check-&lt;item&gt;": "true"|"false" ... } (the toggles' values merged in).
/// </summary>
public abstract record CardAction
{
    public const string Marker = "gb";

    public static CardAction? Parse(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data) return null;
        var kind = Read(data, Marker);
        return kind switch
        {
            "answer" when Read(data, "walk") is { } walk && Read(data, "step") is { } step && Read(data, "value") is { } answer
                => new AnswerAction(walk, step, answer),
            "start" when Read(data, "walk") is { } walk => new StartAction(walk, Read(data, "keep") == "true"),
            "change" when Read(data, "walk") is { } walk && Read(data, "step") is { } step => new ChangeAction(walk, step),
            "checklist" when Read(data, "walk") is { } walk && Read(data, "outcome") is { } outcome
                => new ChecklistAction(walk, outcome, Ticked(data)),
            "authority" when Read(data, "value") is { } profile => new AuthorityAction(profile),
            "command" when CommandRecognizer.FromCardValue(Read(data, "value")) is { } command => new CommandAction(command),
            _ => null,
        };
    }

    public const string ChecklistInputPrefix = "check-";

    /// <summary>The checklist items whose toggle is on. Only ids are read; nothing typed is kept.</summary>
    private static IReadOnlySet<string> Ticked(JsonElement data) => data.EnumerateObject()
        .Where(p => p.Name.StartsWith(ChecklistInputPrefix, StringComparison.Ordinal)
            && p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == "true")
        .Select(p => p.Name[ChecklistInputPrefix.Length..])
        .ToHashSet(StringComparer.Ordinal);

    private static string? Read(JsonElement data, string name) =>
        data.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}

public sealed record AnswerAction(string WalkId, string StepId, string Value) : CardAction;
/// <summary>Start a walk; <see cref="Keep"/> keeps the finished walk beneath it (an outcome's offer), so back returns to it.</summary>
public sealed record StartAction(string WalkId, bool Keep = false) : CardAction;
public sealed record ChangeAction(string WalkId, string StepId) : CardAction;
public sealed record ChecklistAction(string WalkId, string OutcomeId, IReadOnlySet<string> Ticked) : CardAction;
public sealed record CommandAction(Command Command) : CardAction;
public sealed record AuthorityAction(string ProfileId) : CardAction;
