using GuidanceBot.Conversation.Understanding;
using GuidanceBot.TestSupport;

namespace GuidanceBot.Tests.Conversation.Understanding;

/// <summary>Answers stated in a message, by the cues the walk declares: stated plainly only, never inferred.</summary>
public sealed class AnswerCuesTests
{
    private static Dictionary<string, string> Stated(string text, string walk = "advocacy") =>
        AnswerCues.Find(RepoWalks.Catalog.Get(walk), text).ToDictionary(s => s.StepId, s => s.Value);

    [Fact]
    public void A_plain_statement_states_its_answers() =>
        Assert.Equal(new Dictionary<string, string> { ["process"] = "assessment", ["appropriate"] = "no" },
            Stated("SW doing a needs assessment for a gent with LD, no family at all, does he need an advocate?"));

    [Theory]
    [InlineData("son rang, he does everything for his dad and wants some help for himself", "carer")]
    [InlineData("wife is asking about support for herself", "carer")]
    [InlineData("both the person and the carer", "both")]
    public void Whose_needs_a_carers_contact_is_about_is_read_from_how_workers_say_it(string text, string value) =>
        Assert.Equal(value, Stated(text, "carers")["about"]);

    [Fact]
    public void Support_the_person_cannot_arrange_for_himself_is_not_the_carers_own_needs() =>
        Assert.False(Stated("he can't arrange support for himself", "carers").ContainsKey("about"));

    [Theory]
    [InlineData("is there no family who could help?")]                 // a question does not state a fact
    [InlineData("not sure if there's no family or just none nearby")]  // doubt before the cue
    [InlineData("whether she has no family I don't know")]
    public void A_cue_in_a_question_or_after_a_doubt_states_nothing(string text) =>
        Assert.DoesNotContain("appropriate", Stated(text).Keys);

    [Fact]
    public void Cues_for_two_answers_of_one_question_state_neither() =>
        Assert.DoesNotContain("view", Stated("she wants an advocate but her son says she doesn't want an advocate").Keys);

    [Theory]
    [InlineData("yes she really struggles to retain anything")]     // each of the four abilities the help text names
    [InlineData("he struggles to communicate what he wants")]
    [InlineData("she struggles to weigh up the options")]
    public void Struggling_with_one_of_the_four_abilities_states_substantial_difficulty(string text) =>
        Assert.Equal("yes", Stated(text).GetValueOrDefault("difficulty"));

    [Fact]
    public void Only_whole_words_count() =>
        Assert.Empty(Stated("the reviewer of the planning application"));
}
