using Microsoft.Extensions.Configuration;
using GuidanceBot.Channels.BotConnector.Auth;
using GuidanceBot.Channels.Hosting;

namespace GuidanceBot.Tests.Channels.BotConnector.Auth;

public sealed class EntraTokenSettingsTests
{
    private const string Id = "00000000-0000-0000-0000-000000000001";
    private const string Tenant = "11111111-1111-1111-1111-aaaaaaaaaaaa";

    private static EntraTokenSettings? From(string? tenant, string? type = null, string? metadata = null) =>
        EntraTokenSettings.From(
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [EntraTokenSettings.Setting] = metadata }).Build(),
            new ChannelSettings(type, Id, "secret", tenant));

    [Fact]
    public void Issuers_AreTheTenantsV1AndV2Forms() =>
        Assert.Equal(
            [$"https://sts.windows.net/{Tenant}/", $"https://login.microsoftonline.com/{Tenant}/v2.0"],
            From(Tenant)!.Issuers);

    [Fact]
    public void Tenant_UpperCaseOrBraced_IsWrittenAsIssuersSpellIt() =>
        Assert.Equal(Tenant, From("{" + Tenant.ToUpperInvariant() + "}")!.TenantId);

    [Fact]
    public void OpenIdMetadata_Default_IsTheTenantsV2Document() =>
        Assert.Equal($"https://login.microsoftonline.com/{Tenant}/v2.0/.well-known/openid-configuration", From(Tenant)!.OpenIdMetadata.AbsoluteUri);

    [Fact]
    public void OpenIdMetadata_Setting_Overrides() =>
        Assert.Equal("http://127.0.0.1:5000/meta", From(Tenant, metadata: "http://127.0.0.1:5000/meta")!.OpenIdMetadata.AbsoluteUri);

    [Theory]
    [InlineData("http://login.test/meta")]
    [InlineData("meta")]
    public void OpenIdMetadata_Insecure_FailsFast(string metadata) =>
        Assert.Throws<InvalidOperationException>(() => From(Tenant, metadata: metadata));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("contoso.onmicrosoft.com")]
    public void From_NoTenantGuid_IsNone(string? tenant) => Assert.Null(From(tenant, "MultiTenant"));

    [Fact]
    public void From_LocalMode_IsNone() =>
        Assert.Null(EntraTokenSettings.From(new ConfigurationBuilder().Build(), new ChannelSettings(null, null, null, Tenant)));

    [Theory]
    [InlineData(null, true)]
    [InlineData(Tenant, true)]
    [InlineData("11111111-1111-1111-1111-AAAAAAAAAAAA", true)]
    [InlineData("22222222-2222-2222-2222-222222222222", false)]
    [InlineData("not-a-tenant", false)]
    [InlineData("", false)]
    public void AcceptsTenantClaim_OnlyTheBotsTenantOrNone(string? tid, bool accepted) =>
        Assert.Equal(accepted, From(Tenant)!.AcceptsTenantClaim(tid));
}
