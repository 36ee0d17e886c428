using GuidanceBot.Content.Risk;
using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Rules;
using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.Conversation.Replies;
using GuidanceBot.Conversation.Understanding;
namespace GuidanceBot.Conversation.Cards;

/// <summary>Turns the turn's replies into message activities carrying Adaptive Cards.</summary>
public sealed class ReplyRenderer(CardTemplates templates, WalkCatalog walks, CitationLabels labels, ProcedureLibrary procedures, RiskCues? risk = null)
{
    /// <summary>A quoted passage longer than this is shortened, so an answer fits a phone's screen.</summary>
    private const int MaxQuoteWords = 60;

    private readonly RiskCues riskCues = risk ?? new RiskCues([], [], []);

    /// <summary>The menu's groups, built once: the catalogue is fixed at start-up and every menu and welcome shows them.</summary>
    private readonly IReadOnlyList<WalkGroup> groups = BuildGroups(walks);

    /// <summary>The "change authority" choices, built once for the same reason.</summary>
    /// <summary>The walks' and commands' buttons, built once for the same reason.</summary>
    private readonly WalkButtons walkButtons = new(walks);

    private readonly IReadOnlyList<AuthorityOption> authorities =
        procedures.Profiles.Select(p => new AuthorityOption(p.Name, p.Team, ButtonData.Authority(p.Id))).ToList();

    public IReadOnlyList<Activity> Render(IReadOnlyList<Reply> replies, RenderContext context) =>
        replies.Select(reply => Render(reply, context)).ToList();

    private Activity Render(Reply reply, RenderContext context) => reply switch
    {
        WelcomeReply => Card(new WelcomeCard(context.AuthorityName, groups)),
        MenuReply menu => Card(new MenuCard(context.AuthorityName, groups), NoticeText.For(menu.Notice)),
        AuthorityReply => Card(new AuthorityCard(context.AuthorityName, authorities)),
        QuestionReply question => Card(Question(question, context)),
        OutcomeReply outcome => Card(Outcome(outcome, context), NoticeText.For(outcome.Notice)),
        RecordReply record => Text(DecisionRecordText.Build(record.Walk, record.Result, record.Date, context,
            Sources((AtOutcome)record.Result.Position, context))),
        ChecklistReply checklist => Text(DecisionRecordText.Checklist(checklist.Checklist, checklist.Ticked)),
        RiskReply risk => Card(Risk(risk, context), NoticeText.For(Notice.RiskFirst)),
        SuggestReply suggest => Card(Suggest(suggest, context)),
        ConfirmReply confirm => Card(Confirm(confirm, context)),
        PassagesReply passages => Card(Passages(passages, context)),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "No card for this reply."),
    };

    private Activity Card(ICardData card, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Attachments = [templates.RenderAttachment(card)],
    };

    private static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" };

    private QuestionCard Question(QuestionReply reply, RenderContext context) => new(
        reply.Walk.Title,
        context.AuthorityName,
        reply.Number,
        reply.Step.Question,
        reply.Step.Help,
        reply.ShowHelp,
        // The first question already says when the answer will be the generic procedure's.
        reply.Notice == Notice.SoundsLike ? SoundsLike(reply.Walk)
            : NoticeText.For(reply.Notice) ?? (reply.Number == 1 ? Coverage.ForWalk(reply.Walk, procedures.FindProfile(context.ProfileId), procedures) : null),
        walkButtons.Choices(reply.Walk, reply.Step),
        new QuestionCommands(
            reply.CanGoBack ? Button("Back", Command.Back) : null,
            reply.Step.Help is null ? null : Button("Help", Command.Help),
            Button("Start over", Command.StartOver),
            Button("Cancel", Command.Cancel))
        {
            NotThis = reply.Alternatives.Count > 0 ? new CardButton("Not this one", ButtonData.NotThis(reply.Alternatives.Select(w => w.Id))) : null,
            // What was typed was not an answer: if it was a worry about someone, the safeguarding walk is one click
            // away, with this walk kept beneath it to come back to.
            AtRisk = reply.Notice == Notice.Unreadable && reply.Walk.Id != riskCues.Card.WalkId && walks.Find(riskCues.Card.WalkId) is { } safeguarding
                ? new CardButton("Someone at risk?", ButtonData.Offer(safeguarding.Id)) : null,
        })
    {
        CardId = $"question:{reply.Walk.Id}:{reply.Step.Id}",
        NoticeId = reply.Notice == Notice.SoundsLike || NoticeText.For(reply.Notice) is not null ? NoticeText.Id(reply.Notice) : "notice:coverage",
    };

    private OutcomeCard Outcome(OutcomeReply reply, RenderContext context)
    {
        var at = (AtOutcome)reply.Result.Position;
        var walk = reply.Walk;
        var profile = procedures.FindProfile(context.ProfileId);
        var (directory, directoryNote) = at.Outcome.Directory is { } categories ? DirectoryView.For(profile, categories) : (null, null);
        return new OutcomeCard(
            walk.Title,
            context.AuthorityName,
            at.Outcome.Title,
            at.Outcome.Rule,
            at.ApplicableSteps,
            at.ApplicableNotes.Select(n => n.Text).ToList(),
            reply.Result.Path.Select(p => new AnswerGiven(p.Step.Question, AnswerText(p), walkButtons.Change(walk, p.Step))).ToList(),
            Sources(at, context),
            new OutcomeButtons(Button("Back", Command.Back), Button("Start over", Command.StartOver), Button("Menu", Command.Menu), Button("Record", Command.Record)))
        {
            CardId = $"outcome:{walk.Id}:{at.Outcome.Id}",
            Coverage = Coverage.ForOutcome(Cited(at), profile, procedures),
            Offers = at.Outcome.Offers.Select(walks.Find).OfType<Walk>().Select(walkButtons.Offer).ToList(),
            Checklist = at.Outcome.Checklist is { } list
                ? new CardChecklist(list.Title, list.Items.Select(i => (ButtonData.ChecklistInputPrefix + i.Id, i.Text)).ToList(), ButtonData.Checklist(walk.Id, at.Outcome.Id))
                : null,
            Directory = directory,
            DirectoryNote = directoryNote,
        };
    }

    /// <summary>The answer as the outcome shows it: marked when it was taken from the worker's message.</summary>
    internal static string AnswerText(ReplayedAnswer answer) => answer.Taken ? answer.Choice.Label + " (from your message)" : answer.Choice.Label;

    private static string SoundsLike(Walk walk) => $"This sounds like {walk.Title}. If it is not, choose Not this one.";

    /// <summary>
    /// The safeguarding card: the outcome the safeguarding walk reaches on immediate danger, in the worker's own
    /// procedure (999 first), with the crisis lines that procedure names where the message suggests self-harm, and
    /// buttons to go through the safeguarding walk, back to the walk in progress, or on to what the message asked.
    /// </summary>
    private OutcomeCard Risk(RiskReply reply, RenderContext context)
    {
        var card = riskCues.Card;
        var walk = walks.Get(card.WalkId);
        var result = WalkReplay.Replay(walk, [new Answer(card.StepId, card.Value)], context.ProfileId);
        var outcome = Outcome(new OutcomeReply(walk, result, Notice.RiskFirst), context);
        var profile = procedures.FindProfile(context.ProfileId);
        var crisis = riskCues.Categories.FirstOrDefault(c => c.Id == reply.CategoryId)?.Directory ?? [];
        var (directory, note) = crisis.Count > 0 && profile is not null ? DirectoryView.Entries(profile, crisis, "Crisis support your procedure names") : (null, null);
        var offers = new List<CardButton> { new("Go through the safeguarding guide", ButtonData.Offer(walk.Id)) };
        if (reply.CarryOn is { } next) offers.Add(new CardButton("Then: " + next.Title, ButtonData.Start(next.Id)));
        return outcome with
        {
            Answers = [],
            Buttons = new OutcomeButtons(reply.Kept is { } kept ? new CardButton("Back to " + kept.Title, ButtonData.Command(Command.Resume)) : null, null, Button("Menu", Command.Menu)),
            CardId = "risk:" + reply.CategoryId,
            Offers = offers,
            Directory = directory ?? outcome.Directory,
            DirectoryNote = note ?? outcome.DirectoryNote,
            Checklist = null,
        };
    }

    private SuggestCard Suggest(SuggestReply reply, RenderContext context)
    {
        var heading = reply.Notice == Notice.OtherTopic && reply.Resume is { } current
            ? $"That sounds like another guide. Switch to it, or carry on with {current.Title}."
            : NoticeText.For(reply.Notice) ?? "Choose a guide";
        var button = reply.Notice == Notice.OtherTopic ? "Switch to this" : "Start";
        var buttons = new List<CardButton>();
        if (reply.Resume is { } resume) buttons.Add(new CardButton("Back to " + resume.Title, ButtonData.Command(Command.Resume)));
        buttons.Add(Button("All guides", Command.Menu));
        return new SuggestCard(heading, context.AuthorityName,
            reply.Walks.Select(w => new SuggestedWalk(w.Title, w.Summary, button, ButtonData.Start(w.Id))).ToList(), buttons)
        {
            CardId = NoticeText.Id(reply.Notice).Replace("notice:", "suggest:", StringComparison.Ordinal),
        };
    }

    private ConfirmCard Confirm(ConfirmReply reply, RenderContext context)
    {
        var taken = reply.Taken.Take(ConfirmReply.MaxShown).ToList();
        var all = taken.Select(t => (t.Step.Id, t.Choice.Value)).ToList();
        var changes = taken.Select(t => new CardButton("Change: " + Shorten(t.Step.Question, 6),
            ButtonData.Take(reply.Walk.Id, all.Where(a => a.Item1 != t.Step.Id)))).ToList();
        if (reply.Alternatives.Count > 0) changes.Add(new CardButton("Not this one", ButtonData.NotThis(reply.Alternatives.Select(w => w.Id))));
        if (reply.OfferSafeguarding && reply.Walk.Id != riskCues.Card.WalkId && walks.Find(riskCues.Card.WalkId) is { } safeguarding)
            changes.Add(new CardButton("Someone at risk?", ButtonData.Offer(safeguarding.Id)));
        return new ConfirmCard(reply.Walk.Title, context.AuthorityName,
            reply.Notice == Notice.SoundsLike ? SoundsLike(reply.Walk) : null,
            taken.Select(t => (t.Step.Question, t.Choice.Label)).ToList(),
            ButtonData.Take(reply.Walk.Id, all), changes)
        {
            CardId = "confirm:" + reply.Walk.Id,
        };
    }

    private PassagesCard Passages(PassagesReply reply, RenderContext context)
    {
        var quotes = reply.Passages.Select(p =>
        {
            var profile = procedures.FindProfile(p.ProfileId);
            return new QuotedPassage(profile?.FindSection(p.SectionId)?.Title ?? p.SectionId, Shorten(p.Text, MaxQuoteWords),
                profile?.Name ?? p.ProfileId, profile?.Url);
        }).ToList();
        var buttons = new List<CardButton>();
        foreach (var walk in reply.Walks) buttons.Add(new CardButton("Start: " + walk.Title, ButtonData.Start(walk.Id)));
        if (reply.Resume is { } resume) buttons.Add(new CardButton("Back to " + resume.Title, ButtonData.Command(Command.Resume)));
        buttons.Add(Button("Menu", Command.Menu));
        return new PassagesCard(context.AuthorityName, quotes, buttons);
    }

    private static string Shorten(string text, int words)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= words ? text : string.Join(' ', parts.Take(words)).TrimEnd(',', ';', ':') + "\u2026";
    }

    private static IEnumerable<Citation> Cited(AtOutcome at) =>
        at.Outcome.Sources.Concat(at.ApplicableNotes.SelectMany(n => n.Sources));

    private IReadOnlyList<SourceCitation> Sources(AtOutcome at, RenderContext context) =>
        ShownCitations(Cited(at), context.ProfileId).Select(labels.Describe).ToList();

    /// <summary>
    /// The worker's own procedure's passages; the generic procedure's only for sections the own procedure is not
    /// cited for (where it is silent and the generic answers instead); then the law. Each is labelled by its
    /// procedure's name. Other authorities' passages show only when nothing else would: an answer is never left
    /// without its source.
    /// </summary>
    internal static IEnumerable<Citation> ShownCitations(IEnumerable<Citation> citations, string profileId)
    {
        var all = citations.Distinct().ToList();
        var own = all.Where(c => c.Source == profileId).ToList();
        var ownSections = own.Select(c => c.Section).ToHashSet(StringComparer.Ordinal);
        var seeds = own
            .Concat(all.Where(c => c.Source == ProfileIds.Generic && c.Source != profileId && !ownSections.Contains(c.Section)))
            .ToList();
        if (seeds.Count == 0) seeds = all.Where(c => !LegalSources.IsLegal(c.Source)).ToList();
        return seeds.Concat(all.Where(c => LegalSources.IsLegal(c.Source)));
    }

    private CardButton Button(string title, Command command) => walkButtons.Command(title, command);

    private static IReadOnlyList<WalkGroup> BuildGroups(WalkCatalog catalog) =>
        WalkGroups.All
            .Select(group => new WalkGroup(WalkGroups.Title(group), catalog.Walks.Where(w => w.Group == group)
                .Select(w => new WalkEntry(w.Title, w.Summary, ButtonData.Start(w.Id))).ToList()))
            .Where(g => g.Walks.Count > 0)
            .ToList();
}
