namespace GuidanceBot.Outbound;

/// <summary>
/// Supplies the bearer token for Connector calls; null means send no Authorization header (local mode, no app id),
/// as the SDK does. Issue 5 replaces the registration with one backed by MSAL.
/// </summary>
public delegate Task<string?> ConnectorTokenSource(CancellationToken cancellationToken);
