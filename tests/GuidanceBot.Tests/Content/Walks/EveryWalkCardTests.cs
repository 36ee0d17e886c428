using System.Text.Json.Nodes;
using GuidanceBot.Content.Rules;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.Conversation.Replies;
using GuidanceBot.TestSupport;
using GuidanceBot.Tests.Conversation.Cards;
using GuidanceBot.Tests.Conversation.Turns;
namespace GuidanceBot.Tests.Content.Walks;

/// <summary>
/// Explores every answer of every walk under every procedure profile: each outcome reached shows at least one
/// procedure citation, and every question and outcome card the walks produce is valid Adaptive Card 1.5.
/// </summary>
public sealed class EveryWalkCardTests
{
    private sealed record Reached(string Walk, string Profile, IReadOnlyList<Answer> Answers, WalkReplayResult Result);

    private static readonly Lazy<IReadOnlyList<Reached>> All = new(Explore);

    /// <summary>Depth-first over the choices; one entry per distinct (walk, profile, position).</summary>
    private static IReadOnlyList<Reached> Explore()
    {
        var reached = new List<Reached>();
        foreach (var walk in RepoWalks.Catalog.Walks)
            foreach (var profile in RepoWalks.ProfileIds)
            {
                var seen = new HashSet<string>();
                var stack = new Stack<List<Answer>>([[]]);
                while (stack.TryPop(out var answers))
                {
                    var result = WalkReplay.Replay(walk, answers, profile);
                    var key = result.Position switch { AtStep s => "step:" + s.Step.Id, AtOutcome o => "outcome:" + o.Outcome.Id + ":" + o.ApplicableNotes.Count, _ => "" };
                    if (seen.Add(key)) reached.Add(new Reached(walk.Id, profile, answers, result));
                    if (result.Position is AtStep at)
                        foreach (var choice in at.Step.Choices)
                            stack.Push([.. answers, new Answer(at.Step.Id, choice.Value)]);
                }
            }
        return reached;
    }

    private static readonly ReplyRenderer Renderer = new(CardTemplates.Load(TestPaths.Cards), RepoWalks.Catalog,
        CitationLabels.From(RepoWalks.Procedures), RepoWalks.Procedures);

    private static JsonObject Card(Reached r)
    {
        var walk = RepoWalks.Catalog.Get(r.Walk);
        Reply reply = r.Result.Position is AtStep at
            ? new QuestionReply(walk, at.Step, r.Result.Path.Count + 1, r.Result.Path.Count > 0, Notice.None, ShowHelp: true)
            : new OutcomeReply(walk, r.Result, Notice.None);
        var context = new RenderContext(r.Profile, RepoWalks.Procedures.FindProfile(r.Profile)!.Name);
        var activity = Renderer.Render([reply], context).Single();
        return (JsonObject)JsonNode.Parse(activity.Attachments![0].Content!.Value.GetRawText())!;
    }

    [Fact]
    public void Every_outcome_of_every_walk_is_reached_and_shows_a_procedure_citation_for_every_profile()
    {
        var outcomes = All.Value.Where(r => r.Result.Position is AtOutcome).ToList();
        foreach (var walk in RepoWalks.Catalog.Walks)
        {
            var ids = outcomes.Where(r => r.Walk == walk.Id).Select(r => ((AtOutcome)r.Result.Position).Outcome.Id).ToHashSet();
            Assert.True(walk.Outcomes.All(o => ids.Contains(o.Id)), $"{walk.Id}: unreachable outcomes {string.Join(", ", walk.Outcomes.Select(o => o.Id).Where(id => !ids.Contains(id)))}");
        }
        var uncited = outcomes
            .Where(r => !ReplyRenderer.ShownCitations(((AtOutcome)r.Result.Position).Outcome.Sources, r.Profile)
                .Any(c => !LegalSources.IsLegal(c.Source)))
            .Select(r => $"{r.Walk}/{((AtOutcome)r.Result.Position).Outcome.Id} for {r.Profile}")
            .ToList();
        Assert.True(uncited.Count == 0, "No procedure citation shown: " + string.Join("; ", uncited));
    }

    [Fact]
    public void Every_question_and_outcome_card_of_every_walk_is_valid_adaptive_card_1_5_and_small()
    {
        var cards = All.Value.Select(r => (Name: $"{r.Walk}/{r.Profile}/{(r.Result.Position is AtStep s ? s.Step.Id : ((AtOutcome)r.Result.Position).Outcome.Id)}", Card: Card(r))).ToList();
        var results = NodeOracle.Run(cards.Select(c => ((JsonNode)c.Card, (JsonNode?)null)).ToList());

        var problems = cards.Zip(results)
            .Where(x => x.Second.Threw is not null || x.Second.Errors.Count > 0)
            .Select(x => $"{x.First.Name}: {x.Second.Threw ?? string.Join("; ", x.Second.Errors)}")
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        // Teams refuses bot messages over about 100 KB; the largest card must stay far below.
        var largest = cards.MaxBy(c => c.Card.ToJsonString().Length);
        Assert.True(largest.Card.ToJsonString().Length < 40_000, $"{largest.Name} is {largest.Card.ToJsonString().Length} bytes");
        Assert.All(cards, c => Assert.Equal("1.5", c.Card["version"]!.GetValue<string>()));
    }

    /// <summary>Words meant for procedure owners, never for a worker's card.</summary>
    private static readonly string[] OwnerSpeak =
    [
        "seed", "domain.md", "\u00a7", "procedure owner", "please correct", "ask tri.x", "trix please", "owner has been asked",
        "has been asked to confirm", "not independently confirmed", "is our reading", "the text reads",
    ];

    [Fact]
    public void No_card_shows_a_note_meant_for_procedure_owners()
    {
        var problems = All.Value
            .Select(r => (Name: Name(r), Text: VisibleAndHiddenText(Card(r))))
            .SelectMany(c => OwnerSpeak.Where(w => c.Text.Contains(w, StringComparison.OrdinalIgnoreCase)).Select(w => $"{c.Name}: \"{w}\""))
            .Distinct().ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} owner notes on cards:\n" + string.Join("\n", problems.Take(80)));
    }

    [Fact]
    public void No_card_names_another_authority()
    {
        var names = RepoWalks.Procedures.Profiles.Where(p => p.Id != "generic")
            .ToDictionary(p => p.Id, p => p.Aliases.Append(p.Authority).Where(a => a.Length > 3 || a.All(char.IsUpper)).ToList());
        var problems = new List<string>();
        foreach (var r in All.Value)
        {
            var words = " " + string.Join(' ', GuidanceBot.Conversation.Understanding.Words.Of(VisibleAndHiddenText(Card(r)))) + " ";
            foreach (var (other, aliases) in names.Where(n => n.Key != r.Profile))
                foreach (var alias in aliases.Where(a => words.Contains(" " + string.Join(' ', GuidanceBot.Conversation.Understanding.Words.Of(a)) + " ", StringComparison.Ordinal)))
                    problems.Add($"{Name(r)}: names {other} (\"{alias}\")");
        }
        problems = problems.Distinct().ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} cards name another authority:\n" + string.Join("\n", problems.Take(80)));
    }

    /// <summary>The answer comes first and fits one screen: a headline of at most 15 words, at most six steps, at most 120 words visible.</summary>
    [Fact]
    public void Every_outcome_fits_one_screen()
    {
        var problems = new List<string>();
        foreach (var r in All.Value.Where(r => r.Result.Position is AtOutcome))
        {
            var at = (AtOutcome)r.Result.Position;
            var headline = GuidanceBot.Content.Rules.Locator.WordCount(at.Outcome.Title);
            if (headline > 15) problems.Add($"{Name(r)}: headline of {headline} words");
            if (at.ApplicableSteps.Count is 0 or > 6) problems.Add($"{Name(r)}: {at.ApplicableSteps.Count} steps");
            var visible = GuidanceBot.Content.Rules.Locator.WordCount(VisibleText(Card(r)));
            if (visible > 120) problems.Add($"{Name(r)}: {visible} words visible");
        }
        problems = problems.Distinct().ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} outcomes do not fit one screen:\n" + string.Join("\n", problems.Take(80)));
    }

    private static string Name(Reached r) =>
        $"{r.Walk}/{(r.Result.Position is AtStep s ? s.Step.Id : ((AtOutcome)r.Result.Position).Outcome.Id)} for {r.Profile}";

    /// <summary>The text a worker sees without opening anything: TextBlocks not inside an element that starts hidden.</summary>
    private static string VisibleText(JsonNode? node) => node switch
    {
        JsonObject o when o["isVisible"]?.GetValue<bool>() == false => "",
        JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" => o["text"]?.GetValue<string>() + " ",
        JsonObject o => string.Concat(o.Where(p => p.Key is not ("actions" or "selectAction")).Select(p => VisibleText(p.Value))),
        JsonArray a => string.Concat(a.Select(VisibleText)),
        _ => "",
    };

    private static string VisibleAndHiddenText(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" => o["text"]?.GetValue<string>() + " ",
        JsonObject o when o["title"] is JsonValue title && o["type"]?.GetValue<string>() is "Action.Submit" => title.GetValue<string>() + " ",
        JsonObject o => string.Concat(o.Select(p => VisibleAndHiddenText(p.Value))),
        JsonArray a => string.Concat(a.Select(VisibleAndHiddenText)),
        _ => "",
    };
}
