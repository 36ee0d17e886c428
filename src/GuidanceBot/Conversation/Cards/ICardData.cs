using System.Text.Json.Nodes;

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

    JsonObject ToData();
}
