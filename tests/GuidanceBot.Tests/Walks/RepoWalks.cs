using GuidanceBot.Procedures;
using GuidanceBot.Walks;

namespace GuidanceBot.Tests.Walks;

/// <summary>The real dialogs/ folder, loaded once the way the app loads it.</summary>
public static class RepoWalks
{
    private static readonly Lazy<WalkCatalog> Lazy = new(() => WalkCatalog.Load(TestPaths.Dialogs, TestPaths.Procedures));

    public static WalkCatalog Catalog => Lazy.Value;

    public static IReadOnlyList<string> ProfileIds { get; } =
        ProfileList.Load(TestPaths.Procedures).Select(p => p.Id).ToList();
}
