using System.Text.Json;
using System.Text.Json.Nodes;
using GuidanceBot.Conversation.Activities;
namespace GuidanceBot.Conversation.Cards;

/// <summary>Wraps a bound card as the Bot Framework attachment Teams and Web Chat render.</summary>
public static class CardAttachment
{
    public const string ContentType = ActivityTypes.AdaptiveCardContentType;

    public static Attachment From(JsonObject card) => new()
    {
        ContentType = ContentType,
        Content = JsonSerializer.SerializeToElement(card),
    };

    /// <summary>Binds the card's data to its template and wraps it.</summary>
    public static Attachment RenderAttachment(this CardTemplates templates, ICardData card) =>
        Attachment.FromJson(ContentType, templates.RenderJson(card));
}
