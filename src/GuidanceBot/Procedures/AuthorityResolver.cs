namespace GuidanceBot.Procedures;

/// <summary>Why a conversation uses the profile it does (the picker card can say "set by your organisation").</summary>
public enum AuthoritySource
{
    /// <summary>The user chose it with "change authority".</summary>
    Conversation,
    /// <summary>Guidance:TenantAuthorities maps the conversation's Teams tenant to it.</summary>
    Tenant,
    /// <summary>Guidance:DefaultAuthority.</summary>
    Default,
}

public sealed record ResolvedAuthority(string ProfileId, AuthoritySource Source);

/// <summary>
/// Which procedure profile a conversation uses: the conversation's own choice, else the profile configured for
/// its Teams tenant, else the configured default. Pure: no I/O, no state.
/// </summary>
public static class AuthorityResolver
{
    public static string Resolve(
        string? conversationChoice,
        string? tenantId,
        IReadOnlyDictionary<string, string> tenantAuthorities,
        string defaultAuthority) =>
        Explain(conversationChoice, tenantId, tenantAuthorities, defaultAuthority).ProfileId;

    /// <param name="knownProfiles">
    /// When given, a stored choice that is no longer a known profile (for example one removed since it was
    /// saved) is ignored rather than used.
    /// </param>
    public static ResolvedAuthority Explain(
        string? conversationChoice,
        string? tenantId,
        IReadOnlyDictionary<string, string> tenantAuthorities,
        string defaultAuthority,
        IReadOnlyCollection<string>? knownProfiles = null)
    {
        if (!string.IsNullOrWhiteSpace(conversationChoice) && (knownProfiles is null || knownProfiles.Contains(conversationChoice)))
            return new(conversationChoice, AuthoritySource.Conversation);

        if (!string.IsNullOrWhiteSpace(tenantId))
        {
            // Tenant ids are GUIDs; Teams and configuration may differ in letter case.
            foreach (var (tenant, profile) in tenantAuthorities)
                if (string.Equals(tenant.Trim(), tenantId.Trim(), StringComparison.OrdinalIgnoreCase))
                    return new(profile, AuthoritySource.Tenant);
        }

        return new(defaultAuthority, AuthoritySource.Default);
    }
}
