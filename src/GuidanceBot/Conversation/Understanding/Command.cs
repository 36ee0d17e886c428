namespace GuidanceBot.Conversation.Understanding;

/// <summary>Interruptions available at every step.</summary>
public enum Command { Help, Back, StartOver, Cancel, Menu, ChangeAuthority, Record, Why }

/// <summary>Recognises the typed commands; exact phrases only, so an answer is never mistaken for a command.</summary>
public static class CommandRecognizer
{
    private static readonly Dictionary<string, Command> Phrases = new(StringComparer.Ordinal)
    {
        ["help"] = Command.Help,
        ["?"] = Command.Help,
        ["what does this mean"] = Command.Help,
        ["explain"] = Command.Help,
        ["back"] = Command.Back,
        ["go back"] = Command.Back,
        ["undo"] = Command.Back,
        ["previous"] = Command.Back,
        ["start over"] = Command.StartOver,
        ["start again"] = Command.StartOver,
        ["restart"] = Command.StartOver,
        ["reset"] = Command.StartOver,
        ["cancel"] = Command.Cancel,
        ["stop"] = Command.Cancel,
        ["quit"] = Command.Cancel,
        ["exit"] = Command.Cancel,
        ["menu"] = Command.Menu,
        ["main menu"] = Command.Menu,
        ["home"] = Command.Menu,
        ["walks"] = Command.Menu,
        ["hi"] = Command.Menu,
        ["hello"] = Command.Menu,
        ["change authority"] = Command.ChangeAuthority,
        ["authority"] = Command.ChangeAuthority,
        ["change procedure"] = Command.ChangeAuthority,
        ["switch authority"] = Command.ChangeAuthority,
        ["change council"] = Command.ChangeAuthority,
        ["record"] = Command.Record,
        ["note"] = Command.Record,
        ["case note"] = Command.Record,
        ["copy"] = Command.Record,
        ["why"] = Command.Why,
        ["why?"] = Command.Why,
        ["reason"] = Command.Why,
    };

    public static Command? Recognize(string? text) =>
        Phrases.TryGetValue(TextNormalizer.Normalize(text), out var command) ? command : null;

    /// <summary>The word a card button sends for each command (see the card templates).</summary>
    public static Command? FromCardValue(string? value) => value switch
    {
        "help" => Command.Help,
        "back" => Command.Back,
        "start-over" => Command.StartOver,
        "cancel" => Command.Cancel,
        "menu" => Command.Menu,
        "change-authority" => Command.ChangeAuthority,
        "record" => Command.Record,
        "why" => Command.Why,
        _ => null,
    };

    public static string ToCardValue(Command command) => command switch
    {
        Command.Help => "help",
        Command.Back => "back",
        Command.StartOver => "start-over",
        Command.Cancel => "cancel",
        Command.ChangeAuthority => "change-authority",
        Command.Record => "record",
        Command.Why => "why",
        _ => "menu",
    };
}
