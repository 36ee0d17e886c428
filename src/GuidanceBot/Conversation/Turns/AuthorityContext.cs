using GuidanceBot.Conversation.Understanding;
using System.Text.Json;
using Microsoft.Extensions.Options;
using GuidanceBot.Content.Procedures;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.State;

namespace GuidanceBot.Conversation.Turns;

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
        return new TurnContext(fallback, Today(activity));
    }

    /// <param name="named">The authority the worker's message named this turn, if the conversation switched to it: the cards say so.</param>
    public RenderContext RenderFor(TurnContext context, ConversationState state, AuthorityMention? named = null)
    {
        var id = context.ProfileFor(state);
        var name = procedures.FindProfile(id)?.Name;
        if (named is not null && name is not null)
            name = $"{name}, because you mentioned {named.Named} (type change authority to use another)";
        return new RenderContext(id, name);
    }

    /// <summary>
    /// The worker's date for the decision record: the client's local time when the channel sends it, else UK time
    /// (the procedures are English councils'), so a record made just after midnight is not dated the day before.
    /// </summary>
    private DateOnly Today(Activity activity)
    {
        if (DateTimeOffset.TryParse(activity.LocalTimestamp, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var local))
            return DateOnly.FromDateTime(local.DateTime);
        var now = clock.GetUtcNow();
        return DateOnly.FromDateTime(UkTime is null ? now.UtcDateTime : TimeZoneInfo.ConvertTime(now, UkTime).DateTime);
    }

    private static readonly TimeZoneInfo? UkTime = FindUkTime();

    private static TimeZoneInfo? FindUkTime()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/London"); }
        catch (TimeZoneNotFoundException) { return null; } // no time zone data: fall back to UTC
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
