using System.Text.Json;
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

    public void WriteData(Utf8JsonWriter writer)
    {
        writer.WriteString("walkTitle", WalkTitle);
        writer.WriteText("authority", AuthorityName);
        writer.WriteText("coverage", Coverage);
        writer.WriteString("title", Title);
        writer.WriteString("rule", Rule);
        // The template has no arithmetic, so the step numbers are data.
        writer.WriteStartArray("steps");
        for (var i = 0; i < Steps.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteString("number", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("text", Steps[i]);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteArray("answers", Answers, static (w, a) =>
        {
            w.WriteStartObject();
            w.WriteString("question", a.Question);
            w.WriteString("answer", a.Answer);
            w.WriteEndObject();
        });
        writer.WriteStartArray("changes");
        foreach (var a in Answers)
        {
            if (a.Change is null) continue;
            writer.WriteStartObject();
            writer.WriteString("title", "Change: " + a.Question);
            writer.WriteJson("data", a.Change);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteArray("offers", Offers, static (w, o) => o.WriteData(w));
        if (Checklist is { } c)
        {
            writer.WriteStartObject("checklist");
            writer.WriteString("title", c.Title);
            writer.WriteArray("items", c.Items, static (w, i) =>
            {
                w.WriteStartObject();
                w.WriteString("inputId", i.InputId);
                w.WriteString("text", i.Text);
                w.WriteEndObject();
            });
            writer.WriteJson("submit", c.Submit);
            writer.WriteEndObject();
        }
        if (Directory is { } groups)
            writer.WriteArray("directory", groups, static (w, g) =>
            {
                w.WriteStartObject();
                w.WriteString("name", g.Name);
                // One text block per organisation keeps a long directory well inside Teams' message size.
                w.WriteArray("entries", g.Entries, static (w, e) =>
                {
                    w.WriteStartObject();
                    w.WriteString("text", $"**{e.Name}**: {e.Purpose}" + (e.Contact is null ? "" : $" {e.Contact}"));
                    w.WriteText("flag", e.Flag);
                    w.WriteEndObject();
                });
                w.WriteEndObject();
            });
        writer.WriteText("directoryNote", DirectoryNote);
        writer.WriteArray("notes", Notes, static (w, n) => w.WriteStringValue(n));
        // One block per procedure: its name and link once, then each passage cited from it.
        writer.WriteStartArray("sources");
        for (var i = 0; i < Sources.Count; i++)
        {
            var first = Sources[i];
            if (IndexOfGroup(i) != i) continue; // written with the first of its procedure
            writer.WriteStartObject();
            writer.WriteString("procedure", first.ProcedureName);
            writer.WriteStartArray("passages");
            for (var j = i; j < Sources.Count; j++)
            {
                if (IndexOfGroup(j) != i) continue;
                writer.WriteStartObject();
                writer.WriteString("text", Sources[j].Passage);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteText("url", first.Url);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("buttons");
        Buttons.Back?.WriteData(writer);
        Buttons.Record?.WriteData(writer);
        Buttons.StartOver?.WriteData(writer);
        Buttons.Menu?.WriteData(writer);
        writer.WriteEndArray();
    }

    /// <summary>Where the source's procedure (name and page) first appears: GroupBy's order, without its lookup.</summary>
    private int IndexOfGroup(int index)
    {
        var s = Sources[index];
        for (var i = 0; i < index; i++)
            if (Sources[i].ProcedureName == s.ProcedureName && Sources[i].Url == s.Url) return i;
        return index;
    }
}
