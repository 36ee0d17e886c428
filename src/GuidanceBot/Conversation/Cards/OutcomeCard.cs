using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards;

/// <summary>A question and the answer given; <see cref="Change"/> is the data of its "Change this answer" button.</summary>
public sealed record AnswerGiven(string Question, string Answer, JsonObject? Change = null);

/// <summary>Toggles the worker ticks through; <see cref="Submit"/> asks the bot what is still missing.</summary>
public sealed record CardChecklist(string Title, IReadOnlyList<(string InputId, string Text)> Items, JsonObject Submit);

/// <summary>One category of the local directory, and its entries with contact lines already joined.</summary>
public sealed record DirectoryGroup(string Name, IReadOnlyList<DirectoryLine> Entries);

public sealed record DirectoryLine(string Name, string Purpose, string? Contact, string? Flag);

/// <summary>Where the guidance comes from: the published procedure, its section, a phrase to find, and its page.</summary>
public sealed record SourceCitation(string ProcedureName, string SectionTitle, string Locator, string? Url)
{
    /// <summary>A seed passage: its section and the quoted phrase that finds it. A legal reference (no section): its own label, unquoted.</summary>
    public string Passage => SectionTitle.Length == 0 ? Locator : $"{SectionTitle}: \u201c{Locator}\u201d";
}

/// <summary>The buttons under an outcome. Back changes the last answer.</summary>
public sealed record OutcomeButtons(CardButton? Back, CardButton? StartOver, CardButton? Menu, CardButton? Record = null);

/// <summary>The end of a walk: what to do, why (the rule and the answers), notes, and the sources.</summary>
public sealed record OutcomeCard(
    string WalkTitle,
    string? AuthorityName,
    string Title,
    string Rule,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Notes,
    IReadOnlyList<AnswerGiven> Answers,
    IReadOnlyList<SourceCitation> Sources,
    OutcomeButtons Buttons) : ICardData
{
    public string TemplateName => "outcome";

    /// <summary>"outcome:&lt;walk&gt;:&lt;outcome&gt;"; the renderer sets it.</summary>
    public string CardId { get; init; } = "outcome";

    /// <summary>Says the worker's procedure lacks this and the answer is the generic procedure's.</summary>
    public string? Coverage { get; init; }

    /// <summary>Walks to start next (for example advocacy after an assessment is decided).</summary>
    public IReadOnlyList<CardButton> Offers { get; init; } = [];

    public CardChecklist? Checklist { get; init; }

    /// <summary>Null: no directory on this outcome. Empty with a note: the procedure lists none.</summary>
    public IReadOnlyList<DirectoryGroup>? Directory { get; init; }

    public string? DirectoryNote { get; init; }

    public JsonObject ToData()
    {
        var buttons = new[] { Buttons.Back, Buttons.Record, Buttons.StartOver, Buttons.Menu }.OfType<CardButton>();
        return new JsonObject { ["walkTitle"] = WalkTitle }
            .AddText("authority", AuthorityName)
            .AddText("coverage", Coverage)
            .Also(d => d["title"] = Title)
            .Also(d => d["rule"] = Rule)
            // The template has no arithmetic, so the step numbers are data.
            .Also(d => d["steps"] = CardData.ToArray(Steps.Select((s, i) => (s, i)), x => new JsonObject { ["number"] = (x.i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ["text"] = x.s }))
            .Also(d => d["answers"] = CardData.ToArray(Answers, a => new JsonObject { ["question"] = a.Question, ["answer"] = a.Answer }))
            .Also(d => d["changes"] = CardData.ToArray(Answers.Where(a => a.Change is not null),
                a => new JsonObject { ["title"] = "Change: " + a.Question, ["data"] = a.Change!.DeepClone() }))
            .Also(d => d["offers"] = CardData.ToArray(Offers, o => o.ToData()))
            .Also(d =>
            {
                if (Checklist is { } c) d["checklist"] = new JsonObject
                {
                    ["title"] = c.Title,
                    ["items"] = CardData.ToArray(c.Items, i => new JsonObject { ["inputId"] = i.InputId, ["text"] = i.Text }),
                    ["submit"] = c.Submit.DeepClone(),
                };
            })
            .Also(d =>
            {
                if (Directory is { } groups) d["directory"] = CardData.ToArray(groups, g => new JsonObject
                {
                    ["name"] = g.Name,
                    // One text block per organisation keeps a long directory well inside Teams' message size.
                    ["entries"] = CardData.ToArray(g.Entries, e => new JsonObject
                    {
                        ["text"] = $"**{e.Name}**: {e.Purpose}" + (e.Contact is null ? "" : $" {e.Contact}"),
                    }.AddText("flag", e.Flag)),
                });
            })
            .AddText("directoryNote", DirectoryNote)
            .Also(d => d["notes"] = CardData.ToArray(Notes, n => JsonValue.Create(n)))
            // One block per procedure: its name and link once, then each passage cited from it.
            .Also(d => d["sources"] = CardData.ToArray(Sources.GroupBy(s => (s.ProcedureName, s.Url)), g => new JsonObject
            {
                ["procedure"] = g.Key.ProcedureName,
                ["passages"] = CardData.ToArray(g, s => new JsonObject { ["text"] = s.Passage }),
            }.AddText("url", g.Key.Url)))
            .Also(d => d["buttons"] = CardData.ToArray(buttons, b => b.ToData()));
    }
}
