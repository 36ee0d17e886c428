using System.Text.Json;
using System.Text.RegularExpressions;

namespace GuidanceBot.Channels.BotConnector.Teams;

/// <summary>
/// The bot's own @mentions in a message. Teams puts "&lt;at&gt;Name&lt;/at&gt;" in the text and a mention entity
/// beside it; the entity, not the text, says who was mentioned (protocol.md 5.1).
/// </summary>
public static class MentionText
{
    /// <summary>
    /// Removes each mention of <paramref name="botId"/>: the entity's text, or "&lt;at&gt;name&lt;/at&gt;" when it has none
    /// (case ignored, as the SDK's RemoveRecipientMention does), then trims. Other people's mentions stay.
    /// </summary>
    public static string? StripBotMentions(string? text, IReadOnlyList<JsonElement>? entities, string? botId)
    {
        if (text is null) return null;
        foreach (var mention in BotMentions(entities, botId).Where(m => m.Length > 0))
            text = Regex.Replace(text, Regex.Escape(mention), "", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return text.Trim();
    }

    /// <summary>True when an entity mentions <paramref name="botId"/>.</summary>
    public static bool MentionsBot(IReadOnlyList<JsonElement>? entities, string? botId) => BotMentions(entities, botId).Any();

    // The text each bot mention occupies in the message.
    private static IEnumerable<string> BotMentions(IReadOnlyList<JsonElement>? entities, string? botId)
    {
        if (entities is null || string.IsNullOrEmpty(botId)) yield break;
        foreach (var entity in entities)
        {
            if (entity.ValueKind != JsonValueKind.Object || String(entity, "type") != "mention") continue;
            if (!entity.TryGetProperty("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object) continue;
            if (!string.Equals(String(mentioned, "id"), botId, StringComparison.Ordinal)) continue;
            var shown = String(entity, "text") is { Length: > 0 } t ? t : String(mentioned, "name") is { Length: > 0 } n ? $"<at>{n}</at>" : null;
            // A mention with neither text nor name still counts as a mention; there is just nothing to strip.
            yield return shown ?? "";
        }
    }

    private static string? String(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
