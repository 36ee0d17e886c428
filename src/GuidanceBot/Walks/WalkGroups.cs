namespace GuidanceBot.Walks;

/// <summary>The menu groups a walk may belong to; a walk naming any other group is rejected.</summary>
public static class WalkGroups
{
    public static IReadOnlyList<string> All { get; } =
        ["after-contact", "advocacy-and-urgent", "equipment", "information-and-advice", "safeguarding"];
}
