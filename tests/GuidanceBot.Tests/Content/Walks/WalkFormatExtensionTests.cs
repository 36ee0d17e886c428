using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.TestSupport;
using GuidanceBot.Tests.Conversation.Turns;
namespace GuidanceBot.Tests.Content.Walks;

/// <summary>The keys walks use beyond questions: the authority variable, offers of other walks, checklists.</summary>
public sealed class WalkFormatExtensionTests
{
    private static WalkCatalog Load(string yaml, params (string Name, string Text)[] others) =>
        WalkCatalog.FromSources([("mini.yaml", yaml), .. others], RepoWalks.ProfileIds);

    private static IReadOnlyList<WalkProblem> Problems(string yaml, params (string Name, string Text)[] others) =>
        Assert.Throws<WalkLoadException>(() => Load(yaml, others)).Problems;

    private static string Edit(string from, string to)
    {
        Assert.Contains(from, MiniWalk.Yaml);
        return MiniWalk.Yaml.Replace(from, to);
    }

    /// <summary>Every real walk, so the one offered (and whatever it offers in turn) exists.</summary>
    private static (string, string)[] RepoFiles() =>
        WalkCatalog.WalkFiles(TestPaths.Dialogs).Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();

    [Fact]
    public void A_branch_on_the_authority_follows_the_profile_in_use()
    {
        var walk = Load(Edit("- when: { colour: red }", "- when: { authority: dorset }")).Get("mini");
        Assert.IsType<AtOutcome>(WalkReplay.Replay(walk, [new Answer("first", "blue")], "dorset").Position);
        Assert.IsType<AtStep>(WalkReplay.Replay(walk, [new Answer("first", "blue")], "generic").Position);
    }

    [Fact]
    public void A_note_can_be_shown_for_one_authority_only()
    {
        var walk = Load(Edit("      - when: { colour: blue }\n        text: Blue note.", "      - when: { authority: dorset }\n        text: Blue note.")).Get("mini");
        var answers = new[] { new Answer("first", "blue"), new Answer("second", "yes") };
        Assert.Equal(2, ((AtOutcome)WalkReplay.Replay(walk, answers, "dorset").Position).ApplicableNotes.Count);
        Assert.Single(((AtOutcome)WalkReplay.Replay(walk, answers, "rotherham").Position).ApplicableNotes);
    }

    [Fact]
    public void An_authority_that_is_not_a_profile_is_rejected() =>
        Assert.Contains(Problems(Edit("- when: { colour: red }", "- when: { authority: atlantis }")), p => p.Message.Contains("atlantis"));

    [Fact]
    public void A_step_may_not_set_the_reserved_authority_variable() =>
        Assert.Contains(Problems(Edit("sets: colour", "sets: authority").Replace("{ colour: red }", "{ authority: dorset }").Replace("{ colour: blue }", "{ authority: dorset }")),
            p => p.Message.Contains("reserved"));

    [Fact]
    public void An_outcome_can_offer_another_walk()
    {
        var catalog = Load(Edit("    title: Stopped", "    title: Stopped\n    offers: [advocacy]"), RepoFiles());
        Assert.Equal(["advocacy"], catalog.Get("mini").FindOutcome("stop")!.Offers);
    }

    [Fact]
    public void Offering_a_walk_that_does_not_exist_is_rejected() =>
        Assert.Contains(Problems(Edit("    title: Stopped", "    title: Stopped\n    offers: [nowhere]")), p => p.Message.Contains("no such walk"));

    [Fact]
    public void A_checklist_item_without_a_seed_citation_is_rejected() =>
        Assert.Contains(Problems(Edit("    title: Stopped", """
                title: Stopped
                checklist:
                  title: Before you send it
                  items:
                    - id: consent
                      text: How consent was given
            """.TrimEnd())), p => p.Message.Contains("checklist item 'consent' needs a seed citation"));

    [Fact]
    public void A_cited_checklist_loads_with_its_items()
    {
        var walk = Load(Edit("    title: Stopped", """
                title: Stopped
                checklist:
                  title: Before you send it
                  items:
                    - id: consent
                      text: How consent was given
                      sources:
                        - { source: generic, section: taking-a-referral, locator: "When and how the person/carer consented to the referral" }
            """.TrimEnd())).Get("mini");
        Assert.Equal("consent", Assert.Single(walk.FindOutcome("stop")!.Checklist!.Items).Id);
    }

    [Fact]
    public void A_walk_lists_the_procedure_sections_it_follows() =>
        Assert.Equal(["using-independent-advocacy"], Load(Edit("keywords: [test]", "keywords: [test]\nsections: [using-independent-advocacy]")).Get("mini").Sections);
}
