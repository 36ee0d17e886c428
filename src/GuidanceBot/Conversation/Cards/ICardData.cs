using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards;

/// <summary>Typed data for one card template: which template, and the JSON it binds to (see cards/README.md).</summary>
public interface ICardData
{
    string TemplateName { get; }

    JsonObject ToData();
}
