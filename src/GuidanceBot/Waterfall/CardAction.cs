using System.Text.Json;

namespace GuidanceBot.Waterfall;

/// <summary>
/// What our card buttons send (Action.Submit data, or Action.Execute data in an adaptiveCard/action invoke):
/// { "gb": "answer", "walk", "step", "value" } | { "gb": "start", "walk" } | { "gb": "command", "value" }
/// | { "gb": "authority", "value": profile id }.
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
            "start" when Read(data, "walk") is { } walk => new StartAction(walk),
            "authority" when Read(data, "value") is { } profile => new AuthorityAction(profile),
            "command" when CommandRecognizer.FromCardValue(Read(data, "value")) is { } command => new CommandAction(command),
            _ => null,
        };
    }

    private static string? Read(JsonElement data, string name) =>
        data.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}

public sealed record AnswerAction(string WalkId, string StepId, string Value) : CardAction;
public sealed record StartAction(string WalkId) : CardAction;
public sealed record CommandAction(Command Command) : CardAction;
public sealed record AuthorityAction(string ProfileId) : CardAction;
