namespace GuidanceBot.Content.Procedures;

/// <summary>
/// Profile ids the code itself relies on. The generic procedure is the default authority and the fallback answer
/// where a worker's own procedure has no section, so its id must be spelled the same everywhere.
/// </summary>
public static class ProfileIds
{
    public const string Generic = "generic";
}
