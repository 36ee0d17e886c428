namespace GuidanceBot.Content.Walks;

/// <summary>The menu groups a walk may belong to; a walk naming any other group is rejected.</summary>
public static class WalkGroups
{
    public static IReadOnlyList<string> All { get; } =
        ["after-contact", "advocacy-and-urgent", "equipment", "information-and-advice", "safeguarding"];

    /// <summary>The heading a practitioner sees on the menu.</summary>
    public static string Title(string group) => group switch
    {
        "after-contact" => "After a contact",
        "advocacy-and-urgent" => "Advocacy and urgent decisions",
        "equipment" => "Equipment",
        "information-and-advice" => "Information and advice",
        "safeguarding" => "Safeguarding",
        _ => group,
    };
}
