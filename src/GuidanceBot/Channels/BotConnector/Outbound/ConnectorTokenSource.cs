namespace GuidanceBot.Channels.BotConnector.Outbound;

/// <summary>
/// Supplies the bearer token for Connector calls; null means send no Authorization header (local mode, no app id),
/// as the SDK does. With an app id, Auth/AddChannelAuth registers one backed by MSAL (ConnectorTokens).
/// </summary>
public delegate Task<string?> ConnectorTokenSource(CancellationToken cancellationToken);
