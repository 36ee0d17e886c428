using GuidanceBot.TestSupport;
using GuidanceBot.Content.Walks;
namespace GuidanceBot.Tests.Content.Walks;

/// <summary>Each kind of broken walk is refused, with a message naming the file and the id at fault.</summary>
public sealed class WalkValidationTests
{
    private static IReadOnlyList<WalkProblem> ProblemsOf(string yaml, string file = "mini.yaml")
    {
        var e = Assert.Throws<WalkLoadException>(() => WalkCatalog.FromSources([(file, yaml)], RepoWalks.ProfileIds, RepoWalks.LawIds));
        Assert.All(e.Problems, p => Assert.Equal(file, p.File));
        return e.Problems;
    }

    private static void AssertProblem(string yaml, string id, string fragment)
    {
        var problems = ProblemsOf(yaml);
        Assert.True(problems.Any(p => p.Id == id && p.Message.Contains(fragment, StringComparison.Ordinal)),
            $"Expected a problem for '{id}' containing \"{fragment}\"; got:\n" + string.Join("\n", problems));
    }

    private static string Break(string from, string to)
    {
        Assert.Contains(from, MiniWalk.Yaml); // the edit must change something, or the test proves nothing
        return MiniWalk.Yaml.Replace(from, to);
    }

    [Fact]
    public void The_mini_walk_itself_is_valid() => Assert.Equal("mini", MiniWalk.Load().Id);

    [Fact]
    public void A_walk_with_fewer_than_twelve_examples_is_rejected() =>
        AssertProblem(Break("\"mini one\", ", ""), "mini", "at least 12");

    [Fact]
    public void A_repeated_example_is_rejected() =>
        AssertProblem(Break("\"mini two\"", "\"mini one\""), "mini", "appears twice");

    [Fact]
    public void Cues_for_an_answer_the_question_does_not_offer_are_rejected() =>
        AssertProblem(Break("    sets: colour\n", "    sets: colour\n    cues: { purple: [\"purple one\"] }\n"), "first", "'purple'");

    [Fact]
    public void A_cue_given_for_two_answers_is_rejected() =>
        AssertProblem(Break("    sets: colour\n", "    sets: colour\n    cues: { red: [\"bright\"], blue: [\"bright\"] }\n"), "first", "for both");

    [Fact]
    public void A_long_cue_is_rejected() =>
        AssertProblem(Break("    sets: colour\n", "    sets: colour\n    cues: { red: [\"one two three four five six seven eight nine\"] }\n"), "first", "at most 8");

    [Fact]
    public void Cues_are_read_onto_their_choices()
    {
        var walk = WalkCatalog.FromSources([("mini.yaml", Break("    sets: colour\n", "    sets: colour\n    cues: { red: [\"scarlet\", \"crimson\"] }\n"))], RepoWalks.ProfileIds).Get("mini");
        Assert.Equal(["scarlet", "crimson"], walk.Steps[0].Choices.Single(c => c.Value == "red").Cues);
        Assert.Equal(12, walk.Examples.Count);
    }

    [Fact]
    public void The_same_example_under_two_walks_is_rejected()
    {
        var other = MiniWalk.Yaml.Replace("id: mini", "id: other");
        var e = Assert.Throws<WalkLoadException>(() => WalkCatalog.FromSources([("mini.yaml", MiniWalk.Yaml), ("other.yaml", other)], RepoWalks.ProfileIds, RepoWalks.LawIds));
        Assert.Contains(e.Problems, p => p.Id == "examples" && p.Message.Contains("mini and other", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_goto_step_is_rejected() =>
        AssertProblem(Break("goto: outcome/stop", "goto: nowhere"), "first", "unknown step 'nowhere'");

    [Fact]
    public void Unknown_goto_outcome_is_rejected() =>
        AssertProblem(Break("goto: outcome/stop", "goto: outcome/nowhere"), "first", "unknown outcome 'nowhere'");

    [Fact]
    public void Goto_backwards_is_rejected() =>
        AssertProblem(Break("      - goto: outcome/other", "      - goto: first"), "second", "not after this step");

    [Fact]
    public void Unreachable_step_is_rejected()
    {
        // The first step always leaves for an outcome, so "second" can never be asked.
        var yaml = Break("      - when: { colour: red }\n        goto: outcome/stop", "      - goto: outcome/stop");
        AssertProblem(yaml, "second", "unreachable step");
    }

    [Fact]
    public void Unreachable_outcome_is_rejected() =>
        AssertProblem(Break("      - goto: outcome/other", "      - goto: outcome/done"), "outcome/other", "unreachable outcome");

    [Fact]
    public void Outcome_with_only_a_law_citation_is_rejected()
    {
        var yaml = Break(
            "    rule: Red stops the walk.\n    do: [ \"Stop.\" ]\n    sources:\n      - { source: generic, section: using-independent-advocacy, locator: \"also has a power (but not a duty)\" }",
            "    rule: Red stops the walk.\n    do: [ \"Stop.\" ]\n    sources:\n      - { source: \"law:care-act-s67\", section: \"\", locator: \"s.67\" }");
        AssertProblem(yaml, "outcome/stop", "at least one citation of a procedure seed");
    }

    [Fact]
    public void Outcome_without_sources_is_rejected() =>
        AssertProblem(Break(
            "    sources:\n      - { source: generic, section: using-independent-advocacy, locator: \"also has a power (but not a duty)\" }", ""),
            "outcome/stop", "at least one citation of a procedure seed");

    [Fact]
    public void Duplicate_step_id_is_rejected() =>
        AssertProblem(Break("  - id: second", "  - id: first"), "first", "duplicate step id");

    [Fact]
    public void Duplicate_outcome_id_is_rejected() =>
        AssertProblem(Break("  - id: other\n", "  - id: done\n"), "outcome/done", "duplicate outcome id");

    [Fact]
    public void Missing_question_is_rejected() =>
        AssertProblem(Break("    question: Second question?\n", ""), "second", "question is missing");

    [Fact]
    public void Missing_sets_is_rejected() =>
        AssertProblem(Break("    sets: ok\n", ""), "second", "sets is missing");

    [Fact]
    public void Choice_step_without_choices_is_rejected() =>
        AssertProblem(Break(
            "    choices:\n      - { value: red, label: Red }\n      - { value: blue, label: Blue }\n      - { value: green, label: Green }\n", ""),
            "first", "needs choices");

    [Fact]
    public void Unknown_kind_is_rejected() =>
        AssertProblem(Break("kind: yesno", "kind: number"), "second", "kind must be 'choice' or 'yesno'");

    [Fact]
    public void Condition_on_a_variable_set_by_a_later_step_is_rejected() =>
        AssertProblem(Break("when: { colour: red }", "when: { ok: \"yes\" }"), "first", "'ok', which is not a variable set by an earlier");

    [Fact]
    public void Condition_on_an_unknown_variable_is_rejected() =>
        AssertProblem(Break("when: { colour: red }", "when: { shade: red }"), "first", "'shade'");

    [Fact]
    public void Condition_value_that_is_not_a_choice_is_rejected() =>
        AssertProblem(Break("when: { colour: red }", "when: { colour: [red, purple] }"), "first", "'purple' is not a choice of 'colour'");

    [Fact]
    public void Condition_with_two_keys_is_rejected() =>
        AssertProblem(Break("when: { colour: red }", "when: { colour: red, ok: \"yes\" }"), "first", "exactly one key");

    [Fact]
    public void Note_condition_value_that_is_not_a_choice_is_rejected() =>
        AssertProblem(Break("when: { colour: blue }", "when: { colour: navy }"), "outcome/done", "'navy' is not a choice");

    [Fact]
    public void Locator_longer_than_ten_words_is_rejected() =>
        AssertProblem(Break("locator: \"also has a power (but not a duty)\"",
            "locator: \"The Local Authority also has a power (but not a duty) to make\""), "outcome/stop", "has 13 words");

    [Fact]
    public void Unknown_source_is_rejected() =>
        AssertProblem(Break("{ source: generic, section: using-independent-advocacy, locator: \"also",
            "{ source: leeds, section: using-independent-advocacy, locator: \"also"), "outcome/stop", "unknown source 'leeds'");

    [Fact]
    public void Unknown_legal_source_is_rejected() =>
        AssertProblem(Break("law:care-act-s67", "law:care-act-s99"), "outcome/done", "unknown legal source 'law:care-act-s99'");

    [Fact]
    public void Unknown_yaml_key_is_rejected_with_its_line()
    {
        var problems = ProblemsOf(Break("    sets: colour\n", "    sets: colour\n    hlep: typo\n"));
        var problem = Assert.Single(problems);
        Assert.Contains("unknown key 'hlep'", problem.Message);
        Assert.StartsWith("line ", problem.Id);
    }

    [Fact]
    public void Last_step_that_can_fall_through_is_rejected() =>
        AssertProblem(Break("      - goto: outcome/other", "      - when: { ok: \"no\" }\n        goto: outcome/other"),
            "second", "no branch surely matches for yes");

    [Fact]
    public void Last_step_covering_every_answer_without_a_default_is_accepted()
    {
        var yaml = Break("      - goto: outcome/other", "      - when: { any: [ { ok: \"no\" }, { ok: \"yes\" } ] }\n        goto: outcome/other");
        Assert.NotNull(WalkCatalog.FromSources([("mini.yaml", yaml)], RepoWalks.ProfileIds).Find("mini"));
    }

    [Fact]
    public void Walk_id_must_match_its_file_name() =>
        AssertProblem(MiniWalk.Yaml.Replace("id: mini", "id: maxi"), "maxi", "must match its file name");

    [Fact]
    public void Unknown_group_is_rejected() =>
        AssertProblem(Break("group: advocacy-and-urgent", "group: misc"), "mini", "group 'misc'");

    [Fact]
    public void Yesno_step_listing_choices_is_rejected() =>
        AssertProblem(Break("    sets: ok\n", "    sets: ok\n    choices:\n      - { value: maybe, label: Maybe }\n"),
            "second", "must not list choices");

    [Fact]
    public void Every_problem_in_a_file_is_reported_not_only_the_first()
    {
        var yaml = Break("    question: Second question?\n", "").Replace("goto: outcome/stop", "goto: outcome/nowhere");
        var problems = ProblemsOf(yaml);
        Assert.Contains(problems, p => p.Id == "second" && p.Message.Contains("question is missing"));
        Assert.Contains(problems, p => p.Id == "first" && p.Message.Contains("unknown outcome 'nowhere'"));
    }

    [Fact]
    public void Unquoted_yes_in_a_condition_reads_as_the_choice_value_yes()
    {
        var walk = WalkCatalog.FromSources([("mini.yaml", Break("{ ok: \"yes\" }", "{ ok: yes }"))], RepoWalks.ProfileIds).Get("mini");
        var all = Assert.IsType<AllCondition>(walk.Steps[1].Next[0].When);
        Assert.Equal(["yes"], Assert.IsType<IsCondition>(all.Conditions[1]).Values);
    }
}
