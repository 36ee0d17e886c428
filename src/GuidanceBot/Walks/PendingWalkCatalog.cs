// TEMPORARY stand-in until the walks branch merges.
namespace GuidanceBot.Walks;
public sealed class WalkCatalog { public IReadOnlyList<Walk> Walks { get; init; } = []; public Walk? Find(string id) => Walks.FirstOrDefault(w => w.Id == id); }
