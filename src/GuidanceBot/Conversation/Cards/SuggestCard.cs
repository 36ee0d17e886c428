using System.Text.Json;
using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards;

/// <summary>
/// Walks to choose from, each with a button: "Did you mean...", the next closest after "Not this one", or another
/// topic typed mid-walk (with a button back to it). <see cref="Buttons"/>: the card's last row (back, all guides).
/// </summary>
public sealed record SuggestCard(string Heading, string? AuthorityName, IReadOnlyList<SuggestedWalk> Walks, IReadOnlyList<CardButton> Buttons) : ICardData
{
    public string TemplateName => "suggest";

    /// <summary>"suggest:&lt;notice&gt;" (for example "suggest:did-you-mean"); the renderer sets it.</summary>
    public string CardId { get; init; } = "suggest";

    public void WriteData(Utf8JsonWriter writer)
    {
        writer.WriteString("heading", Heading);
        writer.WriteText("authority", AuthorityName);
        writer.WriteArray("walks", Walks, static (w, walk) =>
        {
            w.WriteStartObject();
            w.WriteString("title", walk.Title);
            w.WriteString("summary", walk.Summary);
            w.WriteString("button", walk.Button);
            w.WriteJson("data", walk.Data);
            w.WriteEndObject();
        });
        writer.WriteArray("buttons", Buttons, static (w, b) => b.WriteData(w));
    }
}

/// <summary>One walk offered: its title and summary, and the button that starts it.</summary>
public sealed record SuggestedWalk(string Title, string Summary, string Button, JsonObject Data);
