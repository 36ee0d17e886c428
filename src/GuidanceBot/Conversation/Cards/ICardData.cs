using System.Text.Json;

namespace GuidanceBot.Conversation.Cards;

/// <summary>Typed data for one card template: which template, and the JSON it binds to (see cards/README.md).</summary>
public interface ICardData
{
    string TemplateName { get; }

    /// <summary>
    /// The card's id (the first element's id): its template name, and for walk cards the walk and the step or
    /// outcome ("question:advocacy:process", "outcome:advocacy:refer"), so tests and logs name what was shown
    /// without reading its words.
    /// </summary>
    string CardId { get; }

    /// <summary>
    /// Writes the data's fields (the caller writes the braces and the card id). Written, not built as a node
    /// tree, because a tree per card was most of what a turn allocated.
    /// </summary>
    void WriteData(Utf8JsonWriter writer);
}
