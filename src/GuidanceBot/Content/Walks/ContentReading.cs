using GuidanceBot.Content.Procedures;

namespace GuidanceBot.Content.Walks;

/// <summary>
/// Reads and checks procedures/ and dialogs/ on the other cores while the web host is being built: at start-up the
/// three take about as long as each other. The walk files are read while procedures/ is, then checked against it.
/// A broken file still stops start-up, naming every problem, when its result is asked for.
/// </summary>
public sealed class ContentReading
{
    private readonly Task<ProcedureLibrary> _procedures;
    private readonly Task<WalkCatalog> _walks;

    private ContentReading(string root)
    {
        _procedures = Task.Run(() => ProcedureLoader.Load(Path.Combine(root, "procedures")));
        _walks = Task.Run(() => WalkCatalog.Load(Path.Combine(root, "dialogs"), _procedures));
    }

    public static ContentReading Start(string root) => new(root);

    public ProcedureLibrary Procedures => _procedures.GetAwaiter().GetResult();

    public WalkCatalog Walks => _walks.GetAwaiter().GetResult();
}
