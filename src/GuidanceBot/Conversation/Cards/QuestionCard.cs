using System.Text.Json;

namespace GuidanceBot.Conversation.Cards;

/// <summary>The small command buttons under a question. Back is left off on question 1.</summary>
public sealed record QuestionCommands(CardButton? Back, CardButton? Help, CardButton? StartOver, CardButton? Cancel)
{
    /// <summary>"Not this one": when the walk was started from the worker's own words.</summary>
    public CardButton? NotThis { get; init; }

    /// <summary>"Someone at risk?": beside a typed message that was not an answer (it may have been a disclosure).</summary>
    public CardButton? AtRisk { get; init; }
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

    public void WriteData(Utf8JsonWriter writer)
    {
        writer.WriteString("walkTitle", WalkTitle);
        writer.WriteText("authority", AuthorityName);
        writer.WriteNumber("number", Number);
        writer.WriteString("text", Text);
        writer.WriteText(ShowHelp ? "helpOpen" : "helpCollapsed", Help);
        writer.WriteText("notice", Notice);
        writer.WriteText("noticeId", Notice is null ? null : NoticeId);
        writer.WriteArray("choices", Choices, static (w, c) => c.WriteData(w));
        // There is nothing to go back to from the first question.
        // The turn decides whether back leads anywhere (an earlier question, or the outcome that offered this walk).
        writer.WriteStartArray("commands");
        Commands.AtRisk?.WriteData(writer);
        Commands.NotThis?.WriteData(writer);
        Commands.Back?.WriteData(writer);
        Commands.Help?.WriteData(writer);
        Commands.StartOver?.WriteData(writer);
        Commands.Cancel?.WriteData(writer);
        writer.WriteEndArray();
    }
}
