namespace GuidanceBot.Content.Procedures;

/// <summary>
/// Which procedure profile a conversation uses: the conversation's own choice, else the profile configured for
/// its Teams tenant, else the configured default. Pure: no I/O, no state.
/// </summary>
public static class AuthorityResolver
{
    /// <param name="knownProfiles">
    /// When given, a stored choice that is no longer a known profile (for example one removed since it was
    /// saved) is ignored rather than used.
    /// </param>
    public static string Resolve(
        string? conversationChoice,
        string? tenantId,
        IReadOnlyDictionary<string, string> tenantAuthorities,
        string defaultAuthority,
        IReadOnlyCollection<string>? knownProfiles = null)
    {
        if (!string.IsNullOrWhiteSpace(conversationChoice) && (knownProfiles is null || knownProfiles.Contains(conversationChoice)))
            return conversationChoice;

        if (!string.IsNullOrWhiteSpace(tenantId))
        {
            // Tenant ids are GUIDs; Teams and configuration may differ in letter case.
            foreach (var (tenant, profile) in tenantAuthorities)
                if (string.Equals(tenant.Trim(), tenantId.Trim(), StringComparison.OrdinalIgnoreCase))
                    return profile;
        }

        return defaultAuthority;
    }
}
