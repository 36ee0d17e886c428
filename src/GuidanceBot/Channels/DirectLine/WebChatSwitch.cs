using Microsoft.Extensions.Options;
using GuidanceBot.Channels.Hosting;

namespace GuidanceBot.Channels.DirectLine;

/// <summary>Whether the page and Direct Line are served, and whether only this machine may use them.</summary>
public sealed record WebChatSwitch(bool Enabled, bool LocalOnly, string Reason)
{
    public static WebChatSwitch From(IOptions<WebChatOptions> options, ChannelSettings channel) => options.Value.Enabled switch
    {
        // Local mode answers only this machine, as /api/messages does; a deployed bot that opts in serves anyone who can reach it.
        true => new(true, channel.LocalMode, "WebChat:Enabled is true"),
        false => new(false, channel.LocalMode, "WebChat:Enabled is false"),
        null when channel.LocalMode => new(true, true, "local mode"),
        null => new(false, false, "MicrosoftAppId is set"),
    };
}
