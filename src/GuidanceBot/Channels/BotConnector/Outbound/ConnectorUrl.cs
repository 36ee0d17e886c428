namespace GuidanceBot.Channels.BotConnector.Outbound;

/// <summary>
/// Builds Connector URLs the way the SDK does: serviceUrl, a "/" only if it is missing, then the path with
/// conversation and activity ids escaped by <see cref="Uri.EscapeDataString"/> (Teams ids contain ':', '@' and ';').
/// </summary>
internal static class ConnectorUrl
{
    public static Uri Activities(string serviceUrl, string conversationId)
        => new(Base(serviceUrl) + "v3/conversations/" + Escape(conversationId, nameof(conversationId)) + "/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId)
        => new(Base(serviceUrl) + "v3/conversations/" + Escape(conversationId, nameof(conversationId)) + "/activities/" + Escape(activityId, nameof(activityId)));

    private static string Base(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException("serviceUrl must be an absolute http(s) URL.", nameof(serviceUrl));
        return serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
    }

    private static string Escape(string id, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(id, name);
        return Uri.EscapeDataString(id);
    }
}
