namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>Who issued an inbound token, which decides its keys and the checks its activity must pass.</summary>
public enum TokenIssuer
{
    /// <summary>The Bot Connector (issuer https://api.botframework.com), keys with channel endorsements.</summary>
    BotFramework,

    /// <summary>Microsoft Entra, for the bot's own tenant.</summary>
    Entra,
}
