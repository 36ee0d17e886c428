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

    [Fact]
    public void An_exclude_masks_only_its_own_occurrence() =>
        Assert.NotNull(Category("we need to hit the deadline, and her son hit her last night"));
}
