// TEMPORARY stand-in until the walks branch merges.
namespace GuidanceBot.Walks;
public sealed class WalkCatalog { public IReadOnlyList<Walk> All { get; init; } = []; public Walk? Find(string id) => All.FirstOrDefault(w => w.Id == id); }
