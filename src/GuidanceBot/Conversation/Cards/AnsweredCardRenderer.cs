using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Replies;
namespace GuidanceBot.Conversation.Cards;

/// <summary>The message that replaces a clicked question card: the question and the chosen answer, no buttons.</summary>
public sealed class AnsweredCardRenderer(CardTemplates templates)
{
    public Activity Render(AnsweredQuestion answered, RenderContext context) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [templates.RenderAttachment(new AnsweredCard(
            answered.Walk.Title, context.AuthorityName, answered.Number, answered.Step.Question, answered.Chosen.Label)
        { CardId = $"answered:{answered.Walk.Id}:{answered.Step.Id}" })],
    };
}
