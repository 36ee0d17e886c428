using Microsoft.Extensions.Configuration;
using GuidanceBot.Channels.BotConnector.Auth;
using GuidanceBot.Channels.Hosting;

namespace GuidanceBot.Tests.Channels.BotConnector.Auth;

public sealed class ChannelSettingsTests
{
    private const string Id = "00000000-0000-0000-0000-000000000001";

    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData(null, Id, "secret", "tenant")]
    [InlineData("SingleTenant", Id, "secret", "tenant")]
    [InlineData("MultiTenant", Id, "secret", null)]
    [InlineData("multitenant", Id, "secret", null)]
    [InlineData("UserAssignedMSI", Id, null, "tenant")]
    [InlineData("userassignedmsi", Id, "", "tenant")]
    public void Problem_CompleteConfiguration_IsNone(string? type, string? id, string? password, string? tenant) =>
        Assert.Null(new ChannelSettings(type, id, password, tenant).Problem());

    [Theory]
    [InlineData(null, "not-a-guid", "secret", "tenant", "GUID")]
    [InlineData(null, Id, "secret", null, "MicrosoftAppTenantId")]
    [InlineData("SingleTenant", Id, null, "tenant", "MicrosoftAppPassword")]
    [InlineData("MultiTenant", Id, null, null, "MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", Id, "secret", "tenant", "remove MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", Id, null, null, "MicrosoftAppTenantId")]
    [InlineData("Federated", Id, "secret", "tenant", "unknown")]
    public void Problem_IncompleteConfiguration_NamesTheFix(string? type, string? id, string? password, string? tenant, string expected) =>
        Assert.Contains(expected, new ChannelSettings(type, id, password, tenant).Problem());

    [Theory]
    [InlineData("http://login.test/keys")]
    [InlineData("ftp://127.0.0.1/keys")]
    [InlineData("keys")]
    public void AuthSettings_InsecureMetadataAddress_FailsFast(string address) =>
        Assert.Throws<InvalidOperationException>(() => AuthSettings.From(Config(address)));

    [Theory]
    [InlineData(null, AuthSettings.DefaultOpenIdMetadata)]
    [InlineData("http://127.0.0.1:5000/v1/.well-known/openidconfiguration", "http://127.0.0.1:5000/v1/.well-known/openidconfiguration")]
    [InlineData("http://localhost:5000/meta", "http://localhost:5000/meta")]
    public void AuthSettings_HttpsOrLoopbackHttp_IsAccepted(string? address, string expected) =>
        Assert.Equal(expected, AuthSettings.From(Config(address)).OpenIdMetadata.AbsoluteUri);

    private static IConfiguration Config(string? address) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["BotOpenIdMetadata"] = address }).Build();
}
