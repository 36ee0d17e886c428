using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards;

/// <summary>The small command buttons under a question. Back is left off on question 1.</summary>
public sealed record QuestionCommands(CardButton? Back, CardButton? Help, CardButton? StartOver, CardButton? Cancel)
{
    /// <summary>"Not this one": when the walk was started from the worker's own words.</summary>
    public CardButton? NotThis { get; init; }
}

/// <summary>
/// One question of a walk. Help is behind a "Show help" toggle unless ShowHelp is set (e.g. after the
/// user asked for help); Notice is a line above the question, e.g. when a typed answer was not understood.
/// </summary>
public sealed record QuestionCard(
    string WalkTitle,
    string? AuthorityName,
    int Number,
    string Text,
    string? Help,
    bool ShowHelp,
    string? Notice,
    IReadOnlyList<CardButton> Choices,
    QuestionCommands Commands) : ICardData
{
    public string TemplateName => "question";

    /// <summary>The notice line's id, "notice:&lt;kind&gt;" (for example "notice:unreadable"), so tests name the notice, not its words.</summary>
    public string NoticeId { get; init; } = "notice";

    /// <summary>"question:&lt;walk&gt;:&lt;step&gt;"; the renderer sets it.</summary>
    public string CardId { get; init; } = "question";

    public JsonObject ToData()
    {
        // There is nothing to go back to from the first question.
        // The turn decides whether back leads anywhere (an earlier question, or the outcome that offered this walk).
        var commands = new[] { Commands.NotThis, Commands.Back, Commands.Help, Commands.StartOver, Commands.Cancel }.OfType<CardButton>();
        return new JsonObject { ["walkTitle"] = WalkTitle }
            .AddText("authority", AuthorityName)
            .Also(d => d["number"] = Number)
            .Also(d => d["text"] = Text)
            .AddText(ShowHelp ? "helpOpen" : "helpCollapsed", Help)
            .AddText("notice", Notice)
            .AddText("noticeId", Notice is null ? null : NoticeId)
            .Also(d => d["choices"] = CardData.ToArray(Choices, c => c.ToData()))
            .Also(d => d["commands"] = CardData.ToArray(commands, c => c.ToData()));
    }
}
