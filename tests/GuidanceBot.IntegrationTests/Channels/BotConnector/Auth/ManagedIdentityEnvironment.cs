namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Auth;

/// <summary>
/// Sets the environment variables MSAL reads to find a host's managed identity endpoint (clearing the others, so
/// the machine running the tests cannot change which endpoint is used) and restores them on Dispose. They are
/// process-wide: only <see cref="ManagedIdentityTokenTests"/> uses a managed identity, and its tests run one at a time.
/// </summary>
public sealed class ManagedIdentityEnvironment : IDisposable
{
    private static readonly string[] Names =
    [
        "IDENTITY_ENDPOINT", "IDENTITY_HEADER", "IDENTITY_SERVER_THUMBPRINT", "IMDS_ENDPOINT", "MSI_ENDPOINT", "MSI_SECRET",
        "AZURE_POD_IDENTITY_AUTHORITY_HOST", "DEFAULT_IDENTITY_CLIENT_ID",
    ];

    private readonly Dictionary<string, string?> _saved = Names.ToDictionary(n => n, Environment.GetEnvironmentVariable);

    public ManagedIdentityEnvironment(Dictionary<string, string>? set = null)
    {
        foreach (var name in Names) Environment.SetEnvironmentVariable(name, set?.GetValueOrDefault(name));
    }

    public void Dispose()
    {
        foreach (var (name, value) in _saved) Environment.SetEnvironmentVariable(name, value);
    }
}
