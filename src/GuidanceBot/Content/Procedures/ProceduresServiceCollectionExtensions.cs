namespace GuidanceBot.Content.Procedures;

public static class ProceduresServiceCollectionExtensions
{
    /// <summary>
    /// Loads and checks procedures/ now (a broken content file stops start-up, naming every problem) and
    /// binds the Guidance settings: the default authority and the Teams tenant → authority map.
    /// </summary>
    /// <param name="loaded">procedures/ already read from the same root (<see cref="ContentReading"/>).</param>
    public static IServiceCollection AddProcedures(this IServiceCollection services, IConfiguration configuration, string? contentRoot = null, ProcedureLibrary? loaded = null)
    {
        var directory = Path.Combine(contentRoot ?? AppContext.BaseDirectory, "procedures");
        services.AddSingleton(loaded ?? ProcedureLoader.Load(directory));
        return services.AddGuidanceOptions(configuration, directory);
    }
}
