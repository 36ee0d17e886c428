using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Understanding;

namespace GuidanceBot.Conversation.Cards;

/// <summary>
/// The buttons walk cards carry (each step's choices, each answer's "change", each walk's offer) and the command
/// buttons, built once: the catalogue is fixed at start-up, so a turn need not build them again. Shared button
/// data is only ever written out, never changed. A walk from elsewhere (not this catalogue's instance) gets its
/// buttons built as before.
/// </summary>
internal sealed class WalkButtons
{
    private readonly Dictionary<WalkStep, (string WalkId, IReadOnlyList<CardButton> Choices, JsonObject Change)> _steps =
        new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<Walk, CardButton> _offers = new(ReferenceEqualityComparer.Instance);

    private readonly ConcurrentDictionary<(string Title, Command Command), CardButton> _commands = new();

    public WalkButtons(WalkCatalog catalog)
    {
        foreach (var walk in catalog.Walks)
        {
            _offers[walk] = NewOffer(walk);
            foreach (var step in walk.Steps)
                _steps[step] = (walk.Id, NewChoices(walk, step), ButtonData.Change(walk.Id, step.Id));
        }
    }

    public IReadOnlyList<CardButton> Choices(Walk walk, WalkStep step) =>
        _steps.TryGetValue(step, out var built) && built.WalkId == walk.Id ? built.Choices : NewChoices(walk, step);

    public JsonObject Change(Walk walk, WalkStep step) =>
        _steps.TryGetValue(step, out var built) && built.WalkId == walk.Id ? built.Change : ButtonData.Change(walk.Id, step.Id);

    public CardButton Offer(Walk walk) => _offers.TryGetValue(walk, out var built) ? built : NewOffer(walk);

    public CardButton Command(string title, Command command) =>
        _commands.GetOrAdd((title, command), static key => new CardButton(key.Title, ButtonData.Command(key.Command)));

    private static List<CardButton> NewChoices(Walk walk, WalkStep step) =>
        step.Choices.Select(c => new CardButton(c.Label, ButtonData.Answer(walk.Id, step.Id, c.Value))).ToList();

    private static CardButton NewOffer(Walk walk) => new(walk.Title, ButtonData.Offer(walk.Id));
}
