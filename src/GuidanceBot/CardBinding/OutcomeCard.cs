using System.Text.Json.Nodes;

namespace GuidanceBot.CardBinding;

/// <summary>A question and the answer that was chosen, shown under "Why".</summary>
public sealed record AnswerGiven(string Question, string Answer);

/// <summary>Where the guidance comes from: the published procedure, its section, a phrase to find, and its page.</summary>
public sealed record SourceCitation(string ProcedureName, string SectionTitle, string Locator, string? Url);

/// <summary>The buttons under an outcome. Back changes the last answer.</summary>
public sealed record OutcomeButtons(CardButton? Back, CardButton? StartOver, CardButton? Menu);

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

    public JsonObject ToData()
    {
        var buttons = new[] { Buttons.Back, Buttons.StartOver, Buttons.Menu }.OfType<CardButton>();
        return new JsonObject { ["walkTitle"] = WalkTitle }
            .AddText("authority", AuthorityName)
            .Also(d => d["title"] = Title)
            .Also(d => d["rule"] = Rule)
            // The template has no arithmetic, so the step numbers are data.
            .Also(d => d["steps"] = CardData.ToArray(Steps.Select((s, i) => (s, i)), x => new JsonObject { ["number"] = x.i + 1, ["text"] = x.s }))
            .Also(d => d["answers"] = CardData.ToArray(Answers, a => new JsonObject { ["question"] = a.Question, ["answer"] = a.Answer }))
            .Also(d => d["notes"] = CardData.ToArray(Notes, n => JsonValue.Create(n)))
            .Also(d => d["sources"] = CardData.ToArray(Sources, s => new JsonObject
            {
                ["procedure"] = s.ProcedureName,
                ["section"] = s.SectionTitle,
                ["locator"] = s.Locator,
            }.AddText("url", s.Url)))
            .Also(d => d["buttons"] = CardData.ToArray(buttons, b => b.ToData()));
    }
}
