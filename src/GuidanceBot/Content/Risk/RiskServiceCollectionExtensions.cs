using GuidanceBot.Content.Walks;

namespace GuidanceBot.Content.Risk;

public static class RiskServiceCollectionExtensions
{
    /// <summary>
    /// Loads dialogs/risk.yaml now (a broken file stops start-up, naming every problem) and checks that the walk,
    /// question and answer it names for the safeguarding card lead to an outcome of that walk.
    /// </summary>
    public static IServiceCollection AddRiskCues(this IServiceCollection services, string? contentRoot = null)
    {
        var cues = RiskCuesLoader.Load(Path.Combine(contentRoot ?? AppContext.BaseDirectory, "dialogs"));
        var catalog = services.Select(d => d.ImplementationInstance).OfType<WalkCatalog>().LastOrDefault();
        if (catalog is not null && RiskCuesLoader.CardProblem(cues, catalog) is { } problem) throw new RiskCuesException([problem]);
        return services.AddSingleton(cues);
    }
}
