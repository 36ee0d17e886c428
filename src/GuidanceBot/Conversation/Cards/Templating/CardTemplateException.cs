namespace GuidanceBot.Conversation.Cards.Templating;

/// <summary>A card template that uses something outside our templating subset, or data it cannot bind.</summary>
public sealed class CardTemplateException(string message) : Exception(message);
