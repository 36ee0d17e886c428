namespace GuidanceBot.Walks;

/// <summary>
/// The legal references a citation may name as "law:&lt;id&gt;" (agreed with the procedure content team).
/// A fixed list so a typo in a walk is caught at start-up rather than shown to a practitioner.
/// </summary>
public static class LegalSources
{
    public const string Prefix = "law:";

    public static IReadOnlyList<string> Ids { get; } =
        ["care-act-s67", "care-act-s68", "mca-2005-imca", "mha-1983-imha", "advocacy-regs-2014-reg4", "care-act-s2"];

    public static bool IsLegal(string source) => source.StartsWith(Prefix, StringComparison.Ordinal);
}
