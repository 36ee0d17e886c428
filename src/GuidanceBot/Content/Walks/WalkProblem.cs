namespace GuidanceBot.Content.Walks;

/// <summary>One thing wrong with a walk file, named by file and by the id of the part at fault.</summary>
public sealed record WalkProblem(string File, string Id, string Message)
{
    public override string ToString() => $"{File}: {Id}: {Message}";
}
