using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>
/// The Bot Framework keys document gives each key an "endorsements" list of channel ids; the key that signed a token
/// must endorse the activity's channelId. IdentityModel ignores the member, so it is read here from the parsed keys.
/// </summary>
public static class EndorsementCheck
{
    /// <summary>Stricter than the SDK: a missing channelId or a key without endorsements fails too.</summary>
    public static bool Endorses(IReadOnlyCollection<string>? endorsements, string? channelId) =>
        !string.IsNullOrEmpty(channelId) && endorsements is not null && endorsements.Contains(channelId, StringComparer.Ordinal);

    /// <summary>The endorsements of the key with this kid, or null when the key or its list is absent.</summary>
    public static IReadOnlyCollection<string>? Of(JsonWebKeySet? keys, string? kid)
    {
        if (keys is null || string.IsNullOrEmpty(kid)) return null;
        var key = keys.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value)) return null;
        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            IEnumerable<object> list => [.. list.OfType<string>()],
            _ => null,
        };
    }
}
