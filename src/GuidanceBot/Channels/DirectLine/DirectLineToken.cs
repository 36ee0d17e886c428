using System.Buffers.Text;
using System.Security.Cryptography;

namespace GuidanceBot.Channels.DirectLine;

/// <summary>A bearer token for one conversation: 32 random bytes, unguessable, valid until it expires.</summary>
public sealed record DirectLineToken(string Value, DateTimeOffset Expires)
{
    public static DirectLineToken Issue(DateTimeOffset now, TimeSpan lifetime) =>
        new(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)), now + lifetime);

    public bool IsValidAt(DateTimeOffset now) => now < Expires;

    /// <summary>What Direct Line calls expires_in: whole seconds left.</summary>
    public int SecondsLeft(DateTimeOffset now) => Math.Max(0, (int)(Expires - now).TotalSeconds);
}
