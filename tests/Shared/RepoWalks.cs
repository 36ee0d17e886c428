using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Turns;
namespace GuidanceBot.TestSupport;

/// <summary>The real dialogs/ folder, loaded once the way the app loads it.</summary>
public static class RepoWalks
{
    private static readonly Lazy<WalkCatalog> Lazy = new(() => WalkCatalog.Load(TestPaths.Dialogs, Procedures));

    public static WalkCatalog Catalog => Lazy.Value;

    private static readonly Lazy<ProcedureLibrary> LazyProcedures = new(() => ProcedureLoader.Load(TestPaths.Procedures));

    /// <summary>The real procedures/ content, which the turn handler consults for known authorities.</summary>
    public static ProcedureLibrary Procedures => LazyProcedures.Value;

    public static IReadOnlyList<string> LawIds => Procedures.Law.Select(l => l.Id).ToList();

    public static TurnHandler Handler() => new(Catalog, Procedures);

    /// <summary>The generic procedure on a fixed day, so tests never read the wall clock.</summary>
    public static TurnContext Context(string profile = "generic") => new(profile, new DateOnly(2026, 3, 2));

    public static IReadOnlyList<string> ProfileIds { get; } =
        ProfileList.Load(TestPaths.Procedures).Select(p => p.Id).ToList();
}
