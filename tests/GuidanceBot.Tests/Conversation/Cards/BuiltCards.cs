using System.Text.Json.Nodes;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Tests.Conversation.Turns;
namespace GuidanceBot.Tests.Conversation.Cards;

/// <summary>Cards as the engine would build them, from full to minimal, for the oracle and the card checks.</summary>
public static class BuiltCards
{
    public static CardButton Button(string title, string verb) => new(title, new JsonObject { ["verb"] = verb });

    public static readonly QuestionCommands Commands = new(
        Button("Back", "back"), Button("Help", "help"), Button("Start over", "startOver"), Button("Cancel", "cancel"));

    public static readonly IReadOnlyList<WalkGroup> Groups =
    [
        new("During a contact",
        [
            new("Safeguarding concern", "A worry about abuse or neglect.", new JsonObject { ["verb"] = "startWalk", ["walk"] = "safeguarding-concern" }),
            new("Transferring a contact", "Passing a contact on.", new JsonObject { ["verb"] = "startWalk", ["walk"] = "transferring-a-contact" }),
        ]),
        new("Care and support",
        [
            new("Independent advocacy", "Whether an advocate is needed.", new JsonObject { ["verb"] = "startWalk", ["walk"] = "independent-advocacy" }),
        ]),
    ];

    public static QuestionCard Question(int number, string? help = null, bool showHelp = false, string? notice = null, string? authority = "Dorset") => new(
        "Safeguarding concern", authority, number, "Is anyone in imminent danger?", help, showHelp, notice,
        [Button("Yes", "answer"), Button("No", "answer")],
        // As the engine does for a walk's first question (unless another walk's outcome offered it): no Back.
        number > 1 ? Commands : Commands with { Back = null });

    public static OutcomeCard Outcome(bool full) => new(
        "Safeguarding concern",
        full ? "Dorset" : null,
        "Contact the police now",
        "Someone may be in imminent danger.",
        ["Contact the police by dialling 999.", "Raise a safeguarding concern."],
        full ? ["Caution: this does not replace your professional judgement."] : [],
        full ? [new AnswerGiven("Is anyone in imminent danger?", "Yes")] : [],
        [new SourceCitation("Actions and Next Steps (AAT)", "Safeguarding Concern", "contact the police by dialing 999",
            full ? "https://dorsetadults.trixonline.co.uk/chapter/actions-and-next-steps-aat" : null)],
        new OutcomeButtons(full ? Button("Back", "back") : null, Button("Start over", "startOver"), Button("Menu", "menu")));

    public static readonly IReadOnlyDictionary<string, ICardData> All = new Dictionary<string, ICardData>
    {
        ["welcome"] = new WelcomeCard("Dorset", Groups),
        ["welcome-without-authority"] = new WelcomeCard(null, Groups),
        ["menu"] = new MenuCard("Dorset", Groups),
        ["menu-without-authority"] = new MenuCard(null, Groups),
        ["question-first"] = Question(1),
        ["question-with-collapsed-help-and-notice"] = Question(2, help: "Think about the situation now.", notice: "Sorry, I couldn't read that answer. Please choose one of the options below."),
        ["question-with-open-help"] = Question(3, help: "Think about the situation now.", showHelp: true, authority: null),
        ["outcome-full"] = Outcome(full: true),
        ["outcome-minimal"] = Outcome(full: false),
        ["outcome-with-checklist-directory-and-offers"] = Outcome(full: true) with
        {
            Coverage = "Your procedure does not cover this. This answer follows the generic tri.x procedure.",
            Offers = [Button("Independent advocacy", "start")],
            Checklist = new CardChecklist("Before you send it", [("check-consent", "How consent was given"), ("check-views", "Their views")], new JsonObject { ["verb"] = "checklist" }),
            Directory = [new DirectoryGroup("Advocacy", [new DirectoryLine("An advocacy service", "Independent advocacy.", "Phone 01234 000000", "Check before passing on: confirm the provider."), new DirectoryLine("Another service", "Advice.", null, null)])],
        },
        ["outcome-with-empty-directory"] = Outcome(full: false) with { Directory = [], DirectoryNote = "This procedure lists no local organisations." },
        ["answered"] = new AnsweredCard("Safeguarding concern", "Dorset", 2, "Is anyone in imminent danger?", "No"),
        ["authority"] = new AuthorityCard("Generic procedure", [
            new AuthorityOption("Dorset Council", "Adult Access Team", new JsonObject { ["verb"] = "authority" }),
            new AuthorityOption("Generic procedure", "All teams", new JsonObject { ["verb"] = "authority" })]),
        ["authority-without-current"] = new AuthorityCard(null, [new AuthorityOption("Generic procedure", "All teams", new JsonObject { ["verb"] = "authority" })]),
        ["answered-without-authority"] = new AnsweredCard("Safeguarding concern", null, 1, "Is anyone in imminent danger?", "Yes"),
    };
}
