using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.State;
using GuidanceBot.Conversation.Turns;
using GuidanceBot.Content.Procedures;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using GuidanceBot.TestSupport;
using GuidanceBot.Tests.Content.Walks;

namespace GuidanceBot.Tests.Conversation.Turns;

/// <summary>The turn entry point over the repository's walks, procedures and cards, without a host.</summary>
public static class TestTurns
{
    public static InMemoryStateStore Memory() => new(Options.Create(new StateOptions()), TimeProvider.System);

    public static ConversationTurns Create(IConversationStateStore? store = null)
    {
        var library = RepoWalks.Procedures;
        var templates = CardTemplates.Load(TestPaths.Cards);
        return new ConversationTurns(store ?? Memory(), new KeyedLock(), RepoWalks.Handler(),
            new ReplyRenderer(templates, RepoWalks.Catalog, CitationLabels.From(library), library),
            new AnsweredCardRenderer(templates),
            new AuthorityContext(Options.Create(new GuidanceOptions()), library, TimeProvider.System),
            NullLogger<ConversationTurns>.Instance);
    }
}
