namespace GuidanceBot.Conversation.Understanding;

/// <summary>Interruptions available at every step.</summary>
public enum Command { Help, Back, StartOver, Cancel, Menu, ChangeAuthority, Record, Why, Resume }

/// <summary>
/// The command words, mapped once: what a card button sends for each command, and the exact phrases a worker may
/// type. Exact phrases only, so an answer is never mistaken for a command.
/// </summary>
public static class CommandRecognizer
{
    private static readonly (Command Command, string CardValue, string[] Typed)[] Words =
    [
        (Command.Help, "help", ["help", "?", "what does this mean", "explain"]),
        (Command.Back, "back", ["back", "go back", "undo", "previous"]),
        (Command.StartOver, "start-over", ["start over", "start again", "restart", "reset"]),
        (Command.Cancel, "cancel", ["cancel", "stop", "quit", "exit"]),
        (Command.Menu, "menu", ["menu", "main menu", "home", "walks", "hi", "hello"]),
        (Command.ChangeAuthority, "change-authority", ["change authority", "authority", "change procedure", "switch authority", "change council"]),
        (Command.Record, "record", ["record", "note", "case note", "copy"]),
        (Command.Why, "why", ["why", "why?", "reason"]),
        (Command.Resume, "resume", ["resume", "carry on", "continue", "where was i"]),
    ];

    private static readonly Dictionary<string, Command> Typed =
        Words.SelectMany(w => w.Typed.Select(t => (t, w.Command))).ToDictionary(x => x.t, x => x.Command, StringComparer.Ordinal);

    private static readonly Dictionary<string, Command> ByCardValue =
        Words.ToDictionary(w => w.CardValue, w => w.Command, StringComparer.Ordinal);

    public static Command? Recognize(string? text) =>
        Typed.TryGetValue(TextNormalizer.Normalize(text), out var command) ? command : null;

    /// <summary>
    /// What is left of "change authority to Dorset" or "use Rotherham" once the authority's name is taken out: a request
    /// to change the authority, not a situation to find a walk for.
    /// </summary>
    public static bool ChangesAuthority(string rest)
    {
        var words = TextNormalizer.Normalize(rest).TrimEnd('.', '!', '?', ' ');
        // The authority's name alone ("Rotherham"), or with who is speaking ("I'm in Dorset"), asks nothing more.
        if (words is "" or "i'm in" or "i am in" or "im in" or "i work in" or "i work for" or "i'm from" or "we're" or "we are") return true;
        if (words is "use" or "using" or "switch to" or "change to" or "set authority" or "set authority to") return true;
        if (words.EndsWith(" to", StringComparison.Ordinal)) words = words[..^3];
        return Recognize(words) == Command.ChangeAuthority;
    }

    /// <summary>The word a card button sends for the command.</summary>
    public static string CardValue(Command command) => Words.First(w => w.Command == command).CardValue;

    public static Command? FromCardValue(string? value) =>
        value is not null && ByCardValue.TryGetValue(value, out var command) ? command : null;
}
