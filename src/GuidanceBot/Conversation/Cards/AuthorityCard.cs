using System.Text.Json;
using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards;

/// <summary>One procedure the worker can choose: its name, the team it was written for, the button data.</summary>
public sealed record AuthorityOption(string Name, string Team, JsonObject Data);

/// <summary>The "change authority" picker: the procedure in use now and the ones available.</summary>
public sealed record AuthorityCard(string? CurrentName, IReadOnlyList<AuthorityOption> Options) : ICardData
{
    public string TemplateName => "authority";

    public string CardId => TemplateName;

    public void WriteData(Utf8JsonWriter writer)
    {
        writer.WriteText("current", CurrentName);
        writer.WriteArray("options", Options, static (w, o) =>
        {
            w.WriteStartObject();
            w.WriteString("name", o.Name);
            w.WriteString("team", o.Team);
            w.WriteJson("data", o.Data);
            w.WriteEndObject();
        });
    }
}
