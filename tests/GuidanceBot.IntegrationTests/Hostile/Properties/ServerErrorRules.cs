using System.Net;

namespace GuidanceBot.IntegrationTests.Hostile.Properties;

/// <summary>The only 5xx answers a front door may give: 501 to an invoke it does not handle, 503 that says when to retry.</summary>
public static class ServerErrorRules
{
    public static void AssertNoServerError(HttpResponseMessage response, HostileActivity activity, bool invokesAllowed)
    {
        var status = (int)response.StatusCode;
        if (status < 500) return;
        if (response.StatusCode == HttpStatusCode.NotImplemented && invokesAllowed)
        {
            Assert.True(activity.Type == "invoke" && activity.Name != "adaptiveCard/action", $"501 for a {activity.Type ?? "non-string"} activity");
            return;
        }
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"status {status}");
        Assert.NotNull(response.Headers.RetryAfter);
    }

    public static bool IsClientError(HttpResponseMessage response) => (int)response.StatusCode is >= 400 and < 500;
}
