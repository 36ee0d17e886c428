using GuidanceBot.Conversation.Activities;
namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>
/// What a validated channel token vouches for: who issued it, the key that signed it (with that key's endorsements)
/// and the serviceUrl replies may go to. The checks that need the activity run once the body has been read.
/// </summary>
public sealed record BotIdentity(string SigningKeyId, IReadOnlyCollection<string>? Endorsements, string? ServiceUrl, TokenIssuer Issuer = TokenIssuer.BotFramework)
{
    /// <summary>The first activity check that fails, or null when the activity is one this token may carry.</summary>
    public AuthCheck? Refuses(Activity activity) => Issuer switch
    {
        TokenIssuer.BotFramework =>
            !EndorsementCheck.Endorses(Endorsements, activity.ChannelId) ? AuthCheck.Endorsement
            : !ServiceUrlCheck.Matches(ServiceUrl, activity.ServiceUrl) ? AuthCheck.ServiceUrl
            : null,
        // Entra keys carry no endorsements (the Agents SDK checks none for these tokens); the serviceUrl rule still holds.
        _ => !ServiceUrlCheck.MatchesEntra(ServiceUrl, activity.ServiceUrl) ? AuthCheck.ServiceUrl : null,
    };
}

/// <summary>A validated identity, or the check that failed.</summary>
public sealed record TokenOutcome(BotIdentity? Identity, AuthCheck? Failed)
{
    public static TokenOutcome Valid(BotIdentity identity) => new(identity, null);
    public static TokenOutcome Fail(AuthCheck check) => new(null, check);
}
