using System.Text.Json;
using GuidanceBot.CardBinding;
using GuidanceBot.Procedures;
using GuidanceBot.Protocol;
using GuidanceBot.State;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Turns;

/// <summary>
/// Which procedure a conversation uses: its own choice (kept in state), else its Teams tenant's, else the
/// configured default. The first comes from the state during the turn; the others from the activity now.
/// </summary>
public sealed class AuthorityContext(IOptions<GuidanceOptions> options, ProcedureLibrary procedures, TimeProvider clock)
{
    public TurnContext ContextFor(Activity activity)
    {
        var settings = options.Value;
        var fallback = AuthorityResolver.Resolve(null, TenantId(activity), settings.TenantAuthorities, settings.DefaultAuthority);
        return new TurnContext(fallback, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }

    public RenderContext RenderFor(TurnContext context, ConversationState state)
    {
        var id = context.ProfileFor(state);
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
