namespace GuidanceBot.Conversation.Understanding;

/// <summary>
/// What a worker typed, read once for the turn: its words, and its embedding, computed only when something asks
/// for it (a button click or an exact typed answer never does). Lives for one turn in memory; never stored or logged.
/// </summary>
/// <param name="forMeaning">The text the model reads, when not all of it (the authority's name left out).</param>
public sealed class MessageReading(string text, Func<string, float[]>? embed, Func<string, string>? forMeaning = null)
{
    private float[]? _embedding;

    public string Text { get; } = text;

    public string[] Words { get; } = Understanding.Words.Of(text);

    /// <summary>Whether the sentence model has run for this message.</summary>
    public bool Embedded => _embedding is not null;

    public float[]? Embedding => embed is null ? null : _embedding ??= embed(forMeaning?.Invoke(Text) ?? Text);
}
