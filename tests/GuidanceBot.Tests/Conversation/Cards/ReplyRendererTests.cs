using System.Text.Json;
using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.Conversation.Replies;
using GuidanceBot.TestSupport;
using GuidanceBot.Tests.Content.Walks;
using GuidanceBot.Tests.Conversation.Turns;
namespace GuidanceBot.Tests.Conversation.Cards;

/// <summary>What the worker sees: labels, coverage, directory, record text, checklist summary.</summary>
public sealed class ReplyRendererTests
{
    private static readonly ProcedureLibrary Library = RepoWalks.Procedures;

    private static ReplyRenderer Renderer(WalkCatalog? walks = null) =>
        new(CardTemplates.Load(TestPaths.Cards), walks ?? RepoWalks.Catalog, CitationLabels.From(Library), Library);

    private static RenderContext For(string profile) => new(profile, Library.FindProfile(profile)!.Name);

    private static string CardText(GuidanceBot.Conversation.Activities.Activity activity) =>
        activity.Attachments![0].Content!.Value.GetRawText();

    private static OutcomeReply Outcome(string walkId, IReadOnlyList<Answer> answers, string profile)
    {
        var walk = RepoWalks.Catalog.Get(walkId);
        return new OutcomeReply(walk, WalkReplay.Replay(walk, answers, profile), Notice.None);
    }

    private static readonly Answer[] ToRefer =
    [
        new("process", "assessment"), new("difficulty", "yes"), new("appropriate", "no"),
        new("specialist", "neither"), new("view", "wants"), new("available", "yes"),
    ];

    [Fact]
    public void The_outcome_cites_the_workers_own_procedure_by_name_with_its_page()
    {
        var card = CardText(Renderer().Render([Outcome("advocacy", ToRefer, "cheshire-east")], For("cheshire-east")).Single());
        Assert.Contains("Cheshire East Contact and Social Care Teams", card);
        Assert.Contains("https://cheshireeastadults.trixonline.co.uk/chapter/actions-and-next-steps-contact-and-social-care-teams", card);
        Assert.DoesNotContain("Rotherham", card);
        Assert.DoesNotContain("Dorset", card);
    }

    [Fact]
    public void A_confirm_card_offers_the_safeguarding_walk_only_when_the_message_was_also_like_a_disclosure()
    {
        var walk = RepoWalks.Catalog.Get("advocacy");
        var step = walk.Steps.Single(s => s.Id == "appropriate");
        var plain = new ConfirmReply(walk, [(step, step.Choices.Single(c => c.Value == "no"))], Notice.FromYourMessage);
        const string offer = "\"gb\":\"start\",\"walk\":\"safeguarding\",\"keep\":\"true\"";
        Assert.Contains(offer, CardText(Renderer().Render([plain with { OfferSafeguarding = true }], For("generic")).Single()));
        Assert.DoesNotContain(offer, CardText(Renderer().Render([plain], For("generic")).Single()));
    }

    [Fact]
    public void A_question_asked_again_after_a_typed_message_offers_the_safeguarding_walk_keeping_this_one()
    {
        var chat = new GuidanceBot.Tests.Conversation.Turns.Conversation(RepoWalks.Catalog);
        var first = Assert.IsType<QuestionReply>(chat.Say("advocacy"));
        var again = Assert.IsType<QuestionReply>(chat.Say("hmm not sure what to put"));
        Assert.Equal(Notice.Unreadable, again.Notice);
        const string offer = "\"gb\":\"start\",\"walk\":\"safeguarding\",\"keep\":\"true\"";
        Assert.Contains(offer, CardText(Renderer().Render([again], For("generic")).Single()));
        Assert.DoesNotContain(offer, CardText(Renderer().Render([first], For("generic")).Single()));
    }

    [Fact]
    public void Passages_offer_every_walk_they_were_given_to_start_and_the_menu()
    {
        var walks = new[] { "advocacy", "urgent-support", "carers" }.Select(RepoWalks.Catalog.Get).ToList();
        var quote = new PassageQuote("generic", Library.FindProfile("generic")!.Sections[0].Id, "Some words.");
        var raw = CardText(Renderer().Render([new PassagesReply([quote], walks)], For("generic")).Single());
        foreach (var walk in walks) Assert.Contains($"\"gb\":\"start\",\"walk\":\"{walk.Id}\"", raw);
        Assert.Contains("\"value\":\"menu\"", raw);
    }

    [Fact]
    public void Every_answer_on_the_outcome_can_be_changed_and_the_outcome_can_be_recorded()
    {
        var card = JsonDocument.Parse(CardText(Renderer().Render([Outcome("advocacy", ToRefer, "generic")], For("generic")).Single())).RootElement;
        var raw = card.GetRawText();
        Assert.Equal(ToRefer.Length, raw.Split("\"gb\":\"change\"").Length - 1);
        Assert.Contains("\"value\":\"record\"", raw);
    }

    [Fact]
    public void A_walk_following_a_section_the_procedure_lacks_says_the_answer_is_the_generic_procedures()
    {
        var yaml = MiniWalk.Yaml.Replace("keywords: [test]", "keywords: [test]\nsections: [urgent-or-interim-support]");
        var walks = WalkCatalog.FromSources([("mini.yaml", yaml)], RepoWalks.ProfileIds);
        var walk = walks.Get("mini");
        var reply = new QuestionReply(walk, walk.Steps[0], 1, false, Notice.None, false);

        var said = Coverage.ForWalk(walk, Library.FindProfile("rotherham"), Library);
        Assert.NotNull(said);
        Assert.Contains(said, CardJson.AllText(JsonDocument.Parse(CardText(Renderer(walks).Render([reply], For("rotherham")).Single())).RootElement));
        // Cheshire East has the section: nothing is said.
        Assert.Null(Coverage.ForWalk(walk, Library.FindProfile("cheshire-east"), Library));
    }

    [Fact]
    public void The_decision_record_is_plain_text_with_date_procedure_answers_outcome_and_sources()
    {
        var walk = RepoWalks.Catalog.Get("advocacy");
        var record = new RecordReply(walk, WalkReplay.Replay(walk, ToRefer, "dorset"), new DateOnly(2026, 3, 2));
        var text = Renderer().Render([record], For("dorset")).Single();
        Assert.Equal("plain", text.TextFormat);
        Assert.Contains("Date: 2 March 2026", text.Text);
        Assert.Contains("Procedure: Dorset Adult Access Team", text.Text);
        Assert.Contains("1. Which care and support process will the person be involved in? - An assessment (needs or carer's)", text.Text);
        Assert.Contains("Outcome: Refer for an independent advocate now", text.Text);
        Assert.Contains("made without delay as soon as the duty applies", text.Text);
        Assert.Contains("https://dorsetadults.trixonline.co.uk/chapter/actions-and-next-steps-aat", text.Text);
    }

    [Fact]
    public void A_checklist_summary_lists_only_what_is_still_unticked()
    {
        var list = new Checklist("Before you send it", [new ChecklistItem("a", "First", []), new ChecklistItem("b", "Second", [])]);
        var one = Renderer().Render([new ChecklistReply(list, new HashSet<string> { "a" })], For("generic")).Single().Text!;
        Assert.Contains("1 of 2", one);
        Assert.Contains("Second", one);
        Assert.DoesNotContain("First", one);
        Assert.Contains("all 2 items are ticked", Renderer().Render([new ChecklistReply(list, new HashSet<string> { "a", "b" })], For("generic")).Single().Text!);
    }

    [Fact]
    public void The_directory_shows_the_workers_own_organisations_with_cautions_for_them_never_owner_flags()
    {
        var profile = Library.FindProfile("cheshire-east")!;
        var (groups, note) = DirectoryView.For(profile, ["national-helplines"]);
        Assert.Null(note);
        var lines = Assert.Single(groups).Entries;
        Assert.Equal(profile.Directory.Entries.Where(e => e.Category == "national-helplines").Select(e => e.Name), lines.Select(l => l.Name));
        foreach (var (entry, line) in profile.Directory.Entries.Where(e => e.Category == "national-helplines").Zip(lines))
            Assert.Equal(entry.Caution, line.Flag); // the worker's caution, or nothing: an owner's flag never
    }

    [Theory]
    [InlineData("rotherham")]
    [InlineData("cheshire-east")]
    [InlineData("dorset")]
    public void The_carers_walks_directory_shows_the_carers_organisation_its_notes_point_to(string profile)
    {
        // carers.yaml shows directory: [carers] and its notes say "see the directory" for these three.
        var (groups, note) = DirectoryView.For(Library.FindProfile(profile), ["carers"]);
        Assert.Null(note);
        Assert.NotEmpty(Assert.Single(groups).Entries);
    }

    [Fact]
    public void A_procedure_without_a_directory_says_so_instead_of_showing_another_authoritys()
    {
        var (groups, note) = DirectoryView.For(Library.FindProfile("generic"), []);
        Assert.Empty(groups);
        Assert.False(string.IsNullOrWhiteSpace(note));
    }

    [Fact]
    public void Directory_headings_come_in_the_order_the_outcome_asks_for_them()
    {
        var profile = Library.FindProfile("rotherham")!;
        var titles = profile.Directory.Categories.ToDictionary(c => c.Id, c => c.Title);

        var (groups, _) = DirectoryView.For(profile, ["advice", "crisis"]);

        Assert.Equal([titles["advice"], titles["crisis"]], groups.Select(g => g.Name));
    }

    [Fact]
    public void A_directory_entrys_named_links_reach_the_card_with_their_addresses()
    {
        var profile = Library.FindProfile("cheshire-east")!;
        var entry = profile.Directory.Entries.First(e => e.Links.Count > 0 && e.Basis == "seed");

        var (groups, _) = DirectoryView.For(profile, [entry.Category]);

        var line = groups.SelectMany(g => g.Entries).Single(l => l.Name == entry.Name);
        Assert.All(entry.Links, link => Assert.Contains(link.Url, line.Contact));
    }
}
