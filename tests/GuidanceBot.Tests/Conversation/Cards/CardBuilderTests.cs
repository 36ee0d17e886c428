using System.Text.Json;
using System.Text.Json.Nodes;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.TestSupport;
using GuidanceBot.Tests.Conversation.Turns;
namespace GuidanceBot.Tests.Conversation.Cards;

/// <summary>The typed card records build the data the templates expect, and the bound card says the right things.</summary>
public sealed class CardBuilderTests
{
    private static readonly CardTemplates Templates = CardTemplates.Load(TestPaths.Cards);

    private static List<string> SubmitTitles(JsonNode card) =>
        card.ToJsonString().Contains("Action.Submit")
            ? Walk(card).OfType<JsonObject>().Where(o => (string?)o["type"] == "Action.Submit").Select(o => (string)o["title"]!).ToList()
            : [];

    private static IEnumerable<JsonNode> Walk(JsonNode node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Walk).Prepend(node),
        JsonArray a => a.OfType<JsonNode>().SelectMany(Walk).Prepend(node),
        _ => [node],
    };

    private static List<string> Texts(JsonNode card) =>
        Walk(card).OfType<JsonObject>().Where(o => (string?)o["type"] == "TextBlock").Select(o => (string)o["text"]!).ToList();

    [Fact]
    public void Question_WithoutABackCommand_HasNoBackButton()
    {
        var card = Templates.Render(BuiltCards.Question(1));
        Assert.Equal(["Yes", "No", "Help", "Start over", "Cancel"], SubmitTitles(card));
        Assert.Contains("Question 1", Texts(card));
    }

    [Fact]
    public void Question_LaterQuestion_HasBackFirstAmongCommands()
    {
        var card = Templates.Render(BuiltCards.Question(2));
        Assert.Equal(["Yes", "No", "Back", "Help", "Start over", "Cancel"], SubmitTitles(card));
    }

    [Fact]
    public void Question_HelpNotOpened_SitsInAHiddenContainerWithAToggle()
    {
        var card = Templates.Render(BuiltCards.Question(2, help: "Some help."));
        var container = Walk(card).OfType<JsonObject>().Single(o => (string?)o["id"] == "help");
        Assert.False((bool)container["isVisible"]!);
        Assert.Contains(Walk(card).OfType<JsonObject>(), o => (string?)o["type"] == "Action.ToggleVisibility");
    }

    [Fact]
    public void Question_HelpOpened_IsShownWithoutAToggle()
    {
        var card = Templates.Render(BuiltCards.Question(2, help: "Some help.", showHelp: true));
        Assert.Contains("Some help.", Texts(card));
        Assert.DoesNotContain(Walk(card).OfType<JsonObject>(), o => (string?)o["type"] == "Action.ToggleVisibility" || (string?)o["id"] == "help");
    }

    [Fact]
    public void Question_WithoutAuthorityOrNotice_LeavesThoseLinesOut()
    {
        var card = Templates.Render(BuiltCards.Question(2, authority: null));
        Assert.DoesNotContain(Texts(card), t => t.StartsWith("Authority", StringComparison.Ordinal));
        Assert.Equal(["Safeguarding concern", "Question 2", "Is anyone in imminent danger?"], Texts(card));
    }

    [Fact]
    public void Outcome_NumbersStepsAndQuotesTheLocator()
    {
        var card = Templates.Render(BuiltCards.Outcome(full: true));
        var texts = Texts(card);
        // Plain numbers: Markdown would turn "2." into a list item numbered 1.
        Assert.Contains("1", texts);
        Assert.Contains("2", texts);
        Assert.DoesNotContain("2.", texts);
        Assert.Contains("Safeguarding Concern: \u201ccontact the police by dialing 999\u201d", texts);
        Assert.Contains(Walk(card).OfType<JsonObject>(), o => (string?)o["type"] == "Action.OpenUrl"
            && (string?)o["url"] == "https://dorsetadults.trixonline.co.uk/chapter/actions-and-next-steps-aat");
        Assert.Equal(["Back", "Start over", "Menu"], SubmitTitles(card));
    }

    [Fact]
    public void Outcome_WithoutUrlNotesOrAnswers_HasNoLinkAndNoEmptyHeadings()
    {
        var card = Templates.Render(BuiltCards.Outcome(full: false));
        var texts = Texts(card);
        Assert.DoesNotContain(Walk(card).OfType<JsonObject>(), o => (string?)o["type"] == "Action.OpenUrl");
        Assert.DoesNotContain("Notes", texts);
        Assert.DoesNotContain("Your answers:", texts);
        Assert.Equal(["Start over", "Menu"], SubmitTitles(card));
    }

    [Fact]
    public void Menu_ListsGroupsAndTypedCommands()
    {
        var card = Templates.Render(new MenuCard(null, BuiltCards.Groups));
        var texts = Texts(card);
        Assert.Contains("During a contact", texts);
        Assert.Contains("Care and support", texts);
        Assert.Contains("You can type: help, back, start over, cancel, menu, change authority.", texts);
        Assert.Equal(3, SubmitTitles(card).Count);
    }

    [Fact]
    public void Welcome_WarnsAboutPersonalDetailsAndOffersEveryWalk()
    {
        var card = Templates.Render(new WelcomeCard("Dorset", BuiltCards.Groups));
        Assert.Contains("Do not type names or other personal details: answer about the situation only.", Texts(card));
        Assert.Contains("Authority: Dorset", Texts(card));
        Assert.Equal(["Safeguarding concern", "Transferring a contact", "Independent advocacy"], SubmitTitles(card));
    }

    [Fact]
    public void Answered_ShowsTheAnswerAndHasNoButtons()
    {
        var card = Templates.Render(new AnsweredCard("Safeguarding concern", null, 2, "Is anyone in imminent danger?", "No"));
        Assert.Contains("Your answer: No", Texts(card));
        Assert.DoesNotContain(Walk(card).OfType<JsonObject>(), o => ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Button_DataIsCopied_SoTheCallerCanReuseIt()
    {
        var data = new JsonObject { ["verb"] = "answer" };
        var q = new QuestionCard("w", null, 1, "q", null, false, null, [new CardButton("Yes", data), new CardButton("Also", data)], BuiltCards.Commands);
        var bound = Templates.Render(q);
        Assert.Equal(2, Walk(bound).OfType<JsonObject>().Count(o => (string?)o["verb"] == "answer"));
        Assert.Null(data.Parent);
    }

    [Fact]
    public void Attachment_HasTheAdaptiveCardContentTypeAndTheCard()
    {
        var attachment = Templates.RenderAttachment(BuiltCards.Question(1));
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal(JsonValueKind.Object, attachment.Content!.Value.ValueKind);
        Assert.Equal("1.5", attachment.Content.Value.GetProperty("version").GetString());
    }
}
