using GuidanceBot.Content.Procedures;
namespace GuidanceBot.Conversation.Cards;

/// <summary>Who the replies are for: the procedure profile in use and how to name it on cards.</summary>
public sealed record RenderContext(string ProfileId, string? AuthorityName)
{
    public static RenderContext Default { get; } = new(ProfileIds.Generic, null);
}
