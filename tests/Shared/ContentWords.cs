namespace GuidanceBot.TestSupport;

/// <summary>
/// The words a test looks for, read from the content itself (dialogs/*.yaml), so a procedure owner's rewording of a
/// question, a choice or an outcome breaks no test.
/// </summary>
public static class ContentWords
{
    public static string Question(string walk, string step) =>
        RepoWalks.Catalog.Get(walk).FindStep(step)?.Question ?? throw new ArgumentException($"{walk} has no step {step}");

    public static string Choice(string walk, string step, string value) =>
        RepoWalks.Catalog.Get(walk).FindStep(step)?.Choices.Single(c => c.Value == value).Label ?? throw new ArgumentException($"{walk} has no step {step}");

    public static string Outcome(string walk, string outcome) =>
        RepoWalks.Catalog.Get(walk).FindOutcome(outcome)?.Title ?? throw new ArgumentException($"{walk} has no outcome {outcome}");

    /// <summary>
    /// The text up to the first character a chat client may typeset (quotes and apostrophes become curly ones, and
    /// Markdown may act on others), for finding a line on a rendered page.
    /// </summary>
    public static string Findable(string text)
    {
        var cut = text.IndexOfAny(['\'', '"', '*', '_', '`', '(', '[']);
        return (cut < 0 ? text : text[..cut]).Trim();
    }
}
