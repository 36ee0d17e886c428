using GuidanceBot.Content.Risk;
using GuidanceBot.Conversation.Understanding;
using GuidanceBot.TestSupport;
namespace GuidanceBot.Tests.Conversation.Understanding;

/// <summary>Risk by words over the real dialogs/risk.yaml: which category names the card.</summary>
public sealed class RiskDetectorTests
{
    private static readonly RiskDetector Detector = new(RiskCuesLoader.Load(TestPaths.Dialogs));

    private static string? Category(string text) => Detector.ByWords(Words.Of(text))?.CategoryId;

    [Fact]
    public void Self_harm_names_the_card_when_violence_is_mentioned_too() =>
        Assert.Equal("suicide-or-self-harm", Category("her partner hits her and I found fresh cuts on her forearms"));

    [Fact]
    public void Immediate_danger_comes_before_everything_else() =>
        Assert.Equal("immediate-danger", Category("there's a strong smell of gas and she says she wants to end it all"));

    [Theory]
    [InlineData("no family, he is lying on the kitchen floor now and can't get up", "immediate-danger")]
    [InlineData("no family, she says she'd rather not wake up", "suicide-or-self-harm")]
    [InlineData("not working, the hoist, so the carers have been dragging her up the bed by her arms", "abuse-or-neglect")]
    [InlineData("the lodger's on the phone, he always answers for her and I can never speak to her", "abuse-or-neglect")]
    [InlineData("not urgent really, although the daughter has started keeping mum's cards and she only gets a tenner a week", "abuse-or-neglect")]
    [InlineData("minor works only, but the meter's run out and she's sitting in the dark with a blanket", "abuse-or-neglect")]
    [InlineData("self referral, he says men keep coming to his flat and making him keep stuff for them", "abuse-or-neglect")]
    [InlineData("herself, she rang in tears saying she can't keep herself safe tonight", "suicide-or-self-harm")]
    [InlineData("the carer's own needs - she told me she's at breaking point and has thought about ending it", "suicide-or-self-harm")]
    [InlineData("no, though he mentioned some lads from the estate keep making him carry packages for them", "abuse-or-neglect")]
    // From a fresh review with the model in 8 bits: guide words beside the worry (POA, waiting list, a yes) had
    // diluted its meaning, and these plain-word disclosures had no cue.
    [InlineData("son has POA and hes been emptying her bank acc, now shes in arrears with the home", "abuse-or-neglect")]
    [InlineData("yes cant wait, no food in and hes been sleeping in his own urine for days", "abuse-or-neglect")]
    [InlineData("deciding - carer walked out and left him on his own, he cant get out of bed", "abuse-or-neglect")]
    [InlineData("hes being pressured by a so called friend to sign his house over", "abuse-or-neglect")]
    [InlineData("on the waiting list but family now say shes been left with no food for 3 days", "abuse-or-neglect")]
    public void A_worry_typed_after_an_answer_is_found_by_its_words(string text, string category) =>
        Assert.Equal(category, Category(text)); // phrasings from a safeguarding review of answers typed mid-walk

    [Theory]
    [InlineData("no family")]
    [InlineData("her daughter does everything for her and is happy to help")]
    [InlineData("a grab rail by the back door")]
    [InlineData("the GP said to keep her in bed for a few days")]
    public void A_plain_answer_is_not_a_worry(string text) => Assert.Null(Category(text));

    [Fact]
    public void An_exclude_masks_only_its_own_occurrence() =>
        Assert.NotNull(Category("we need to hit the deadline, and her son hit her last night"));
}
