using GuidanceBot.Content.Risk;
using GuidanceBot.Conversation.Understanding;
using GuidanceBot.TestSupport;

namespace GuidanceBot.Tests.Conversation.Understanding;

/// <summary>
/// Understanding with the real sentence model (beside the test assembly: the build copies it), built once for the
/// tests that need meaning, not just words. The content's vectors are cached under the temp folder.
/// </summary>
public sealed class UnderstandingFixture
{
    public RiskCues Risk { get; } = RiskCuesLoader.Load(TestPaths.Dialogs);

    public Understander Understander { get; }

    public RoutingSet Set { get; } = RoutingSet.Load(Path.Combine(TestPaths.RepoRoot, "tests", "routing"));

    public UnderstandingFixture()
    {
        Understander = new Understander(RepoWalks.Catalog, RepoWalks.Procedures, Risk,
            () => new SentenceEmbedder(SentenceEmbedder.DefaultFolder), TestPaths.Procedures,
            Path.Combine(Path.GetTempPath(), "guidancebot-tests", "vectors.bin"));
        Understander.WhenReady.Wait();
    }

    public MessageMeaning Understand(string text, string profile = "generic") =>
        Understander.Understand(text, new Position(null, null, profile));
}

[CollectionDefinition(Name)]
public sealed class UnderstandingCollection : ICollectionFixture<UnderstandingFixture>
{
    public const string Name = "understanding";
}
