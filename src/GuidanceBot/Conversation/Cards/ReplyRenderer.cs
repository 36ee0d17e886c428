using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Rules;
using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.Conversation.Replies;
using GuidanceBot.Conversation.Understanding;
namespace GuidanceBot.Conversation.Cards;

/// <summary>Turns the turn's replies into message activities carrying Adaptive Cards.</summary>
public sealed class ReplyRenderer(CardTemplates templates, WalkCatalog walks, CitationLabels labels, ProcedureLibrary procedures)
{
    /// <summary>The menu's groups, built once: the catalogue is fixed at start-up and every menu and welcome shows them.</summary>
    private readonly IReadOnlyList<WalkGroup> groups = BuildGroups(walks);

    /// <summary>The "change authority" choices, built once for the same reason.</summary>
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
        NoticeText.For(reply.Notice) ?? (reply.Number == 1 ? Coverage.ForWalk(reply.Walk, procedures.FindProfile(context.ProfileId), procedures) : null),
        reply.Step.Choices.Select(c => new CardButton(c.Label, ButtonData.Answer(reply.Walk.Id, reply.Step.Id, c.Value))).ToList(),
        new QuestionCommands(
            reply.CanGoBack ? Button("Back", Command.Back) : null,
            reply.Step.Help is null ? null : Button("Help", Command.Help),
            Button("Start over", Command.StartOver),
            Button("Cancel", Command.Cancel)))
    {
        CardId = $"question:{reply.Walk.Id}:{reply.Step.Id}",
        NoticeId = NoticeText.For(reply.Notice) is null ? "notice:coverage" : NoticeText.Id(reply.Notice),
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
            at.Outcome.Do,
            at.ApplicableNotes.Select(n => n.Text).ToList(),
            reply.Result.Path.Select(p => new AnswerGiven(p.Step.Question, p.Choice.Label, ButtonData.Change(walk.Id, p.Step.Id))).ToList(),
            Sources(at, context),
            new OutcomeButtons(Button("Back", Command.Back), Button("Start over", Command.StartOver), Button("Menu", Command.Menu), Button("Record", Command.Record)))
        {
            CardId = $"outcome:{walk.Id}:{at.Outcome.Id}",
            Coverage = Coverage.ForOutcome(Cited(at), profile, procedures),
            Offers = at.Outcome.Offers.Select(walks.Find).OfType<Walk>().Select(w => new CardButton(w.Title, ButtonData.Offer(w.Id))).ToList(),
            Checklist = at.Outcome.Checklist is { } list
                ? new CardChecklist(list.Title, list.Items.Select(i => (ButtonData.ChecklistInputPrefix + i.Id, i.Text)).ToList(), ButtonData.Checklist(walk.Id, at.Outcome.Id))
                : null,
            Directory = directory,
            DirectoryNote = directoryNote,
        };
    }

    private static IEnumerable<Citation> Cited(AtOutcome at) =>
        at.Outcome.Sources.Concat(at.ApplicableNotes.SelectMany(n => n.Sources));

    private IReadOnlyList<SourceCitation> Sources(AtOutcome at, RenderContext context) =>
        ShownCitations(Cited(at), context.ProfileId).Select(labels.Describe).ToList();

    /// <summary>
    /// The worker's own procedure first, then the generic procedure's (which the text may quote), then the law;
    /// each labelled by its name. Other authorities' passages show only when nothing else would: an answer is
    /// never left without its source.
    /// </summary>
    internal static IEnumerable<Citation> ShownCitations(IEnumerable<Citation> citations, string profileId)
    {
        var all = citations.Distinct().ToList();
        var seeds = all.Where(c => c.Source == profileId)
            .Concat(all.Where(c => c.Source == ProfileIds.Generic && c.Source != profileId))
            .ToList();
        if (seeds.Count == 0) seeds = all.Where(c => !LegalSources.IsLegal(c.Source)).ToList();
        return seeds.Concat(all.Where(c => LegalSources.IsLegal(c.Source)));
    }

    private static CardButton Button(string title, Command command) => new(title, ButtonData.Command(command));

    private static IReadOnlyList<WalkGroup> BuildGroups(WalkCatalog catalog) =>
        WalkGroups.All
            .Select(group => new WalkGroup(WalkGroups.Title(group), catalog.Walks.Where(w => w.Group == group)
                .Select(w => new WalkEntry(w.Title, w.Summary, ButtonData.Start(w.Id))).ToList()))
            .Where(g => g.Walks.Count > 0)
            .ToList();
}
