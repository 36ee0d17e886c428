namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Auth;

/// <summary>The issuers and claims of an app-only access token Entra issues for the bot's tenant (v1 or v2 form).</summary>
public static class EntraToken
{
    public const string V1Issuer = "https://sts.windows.net/" + ChannelAuthBot.TenantId + "/";
    public const string V2Issuer = "https://login.microsoftonline.com/" + ChannelAuthBot.TenantId + "/v2.0";
    public const string OtherTenant = "22222222-2222-2222-2222-222222222222";
    public const string CallerAppId = "33333333-3333-3333-3333-333333333333";

    /// <summary>tid, ver, and the caller's app id in azp (v2) or appid (v1), as Entra writes them.</summary>
    public static Dictionary<string, object> Claims(string tenant = ChannelAuthBot.TenantId, string version = "2.0") => new()
    {
        ["tid"] = tenant,
        ["ver"] = version,
        [version == "1.0" ? "appid" : "azp"] = CallerAppId,
        ["idtyp"] = "app",
    };
}
