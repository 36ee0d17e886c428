using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards;

/// <summary>One procedure the worker can choose: its name, the team it was written for, the button data.</summary>
public sealed record AuthorityOption(string Name, string Team, JsonObject Data);

/// <summary>The "change authority" picker: the procedure in use now and the ones available.</summary>
public sealed record AuthorityCard(string? CurrentName, IReadOnlyList<AuthorityOption> Options) : ICardData
{
    public string TemplateName => "authority";

    public string CardId => TemplateName;

    public JsonObject ToData() => new JsonObject()
        .AddText("current", CurrentName)
        .Also(d => d["options"] = CardData.ToArray(Options, o => new JsonObject
        {
            ["name"] = o.Name,
            ["team"] = o.Team,
            ["data"] = o.Data.DeepClone(),
        }));
}
