using System.Text.Json;
using GuidanceBot.CardBinding;
using GuidanceBot.Procedures;
using GuidanceBot.Protocol;
using GuidanceBot.State;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Turns;

/// <summary>Which procedure a conversation's replies use: its own choice, else its Teams tenant's, else the default.</summary>
public sealed class AuthorityContext(IOptions<GuidanceOptions> options, ProcedureLibrary procedures)
{
    public RenderContext For(Activity activity, ConversationState state)
    {
        var settings = options.Value;
        var id = AuthorityResolver.Resolve(state.Authority, TenantId(activity), settings.TenantAuthorities, settings.DefaultAuthority);
        return new RenderContext(id, procedures.FindProfile(id)?.Name);
    }

    /// <summary>Teams puts the tenant on the conversation and in channelData.tenant.id.</summary>
    internal static string? TenantId(Activity activity)
    {
        if (!string.IsNullOrEmpty(activity.Conversation?.TenantId)) return activity.Conversation.TenantId;
        return activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
    }
}
