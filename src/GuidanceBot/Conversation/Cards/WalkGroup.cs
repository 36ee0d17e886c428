using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards;

/// <summary>A walk offered on the welcome and menu cards; Data is what its Start button submits.</summary>
public sealed record WalkEntry(string Title, string Summary, JsonObject Data)
{
    internal JsonObject ToData() => new() { ["title"] = Title, ["summary"] = Summary, ["data"] = Data.DeepClone() };
}

/// <summary>Walks shown together under one heading on the menu.</summary>
public sealed record WalkGroup(string Name, IReadOnlyList<WalkEntry> Walks);
