using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.State;
using GuidanceBot.Conversation.Turns;
using Activity = GuidanceBot.Conversation.Activities.Activity;

namespace GuidanceBot.Bench;

/// <summary>The real turn entry point over the content in the build output, with the in-memory store: what the benchmarks drive.</summary>
public sealed class BenchTurns
{
    public ConversationTurns Turns { get; }

    public BenchTurns(IConversationStateStore? store = null)
    {
        var content = AppContext.BaseDirectory;
        var library = ProcedureLoader.Load(Path.Combine(content, "procedures"));
        var walks = WalkCatalog.Load(Path.Combine(content, "dialogs"), library);
        var templates = CardTemplates.Load(Path.Combine(content, "cards"));
        Turns = new ConversationTurns(store ?? new InMemoryStateStore(Options.Create(new StateOptions()), TimeProvider.System), new KeyedLock(), new TurnHandler(walks, library),
            new ReplyRenderer(templates, walks, CitationLabels.From(library), library), new AnsweredCardRenderer(templates),
            new AuthorityContext(Options.Create(new GuidanceOptions()), library, TimeProvider.System), NullLogger<ConversationTurns>.Instance);
    }

    /// <summary>The walk the HTTP load driver runs: the advocacy walk's name, then typed answers.</summary>
    public static readonly string[] DriverWalk = ["advocacy", "assessment", "yes", "yes"];

    public async Task TurnAsync(string conversation, string text)
    {
        await using var replies = await Turns.RunAsync(new Activity
        {
            Type = ActivityTypes.Message, Id = "a", ChannelId = "bench", Text = text,
            Conversation = new ConversationAccount { Id = conversation }, From = new ChannelAccount { Id = "u" }, Recipient = new ChannelAccount { Id = "b" },
        }, default);
        // Rendering to JSON is part of every real turn (a front door writes the replies).
        foreach (var a in replies.Activities) System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(a, ProtocolJson.Options);
    }
}
