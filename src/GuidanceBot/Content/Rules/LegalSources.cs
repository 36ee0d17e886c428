namespace GuidanceBot.Content.Rules;

/// <summary>
/// How a citation names a legal reference: "law:&lt;id&gt;", the id being one in procedures/law.yaml
/// (the walk loader checks it, so a typo is caught at start-up rather than shown to a practitioner).
/// </summary>
public static class LegalSources
{
    public const string Prefix = "law:";

    public static bool IsLegal(string source) => source.StartsWith(Prefix, StringComparison.Ordinal);
}
