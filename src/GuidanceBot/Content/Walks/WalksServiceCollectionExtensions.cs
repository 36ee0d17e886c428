using GuidanceBot.Content.Procedures;
namespace GuidanceBot.Content.Walks;

public static class WalksServiceCollectionExtensions
{
    /// <summary>The readiness check's name for the content.</summary>
    public const string ContentCheck = "content";

    /// <summary>
    /// Loads and validates every walk now, while the app is being built, so a broken walk stops start-up
    /// (a <see cref="WalkLoadException"/> naming every problem) instead of failing mid-conversation.
    /// Content ships beside the app (see GuidanceBot.csproj), hence AppContext.BaseDirectory.
    /// </summary>
    /// <param name="loaded">dialogs/ already read from the same root (<see cref="ContentReading"/>).</param>
    public static IServiceCollection AddWalks(this IServiceCollection services, string? contentRoot = null, WalkCatalog? loaded = null)
    {
        var root = contentRoot ?? AppContext.BaseDirectory;
        // AddProcedures has loaded procedures/ already; reuse that copy rather than read it twice.
        var catalog = loaded ?? WalkCatalog.Load(Path.Combine(root, "dialogs"),
            services.Select(d => d.ImplementationInstance).OfType<ProcedureLibrary>().LastOrDefault() ?? ProcedureLoader.Load(Path.Combine(root, "procedures")));
        services.AddHealthChecks().AddCheck<ContentLoadedCheck>(ContentCheck);
        return services.AddSingleton(catalog);
    }
}
