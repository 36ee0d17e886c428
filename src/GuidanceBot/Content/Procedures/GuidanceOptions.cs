using Microsoft.Extensions.Options;

namespace GuidanceBot.Content.Procedures;

/// <summary>
/// Configuration section "Guidance": which procedure profile a conversation uses when it has not chosen one.
/// <see cref="TenantAuthorities"/> maps a Teams tenant id to a profile id; <see cref="DefaultAuthority"/> applies otherwise.
/// Every profile id must be one in procedures/profiles.yaml (an unknown id stops the app at start-up).
/// </summary>
public sealed record GuidanceOptions
{
    public const string SectionName = "Guidance";

    public string DefaultAuthority { get; set; } = ProfileIds.Generic;

    public Dictionary<string, string> TenantAuthorities { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every problem with these options given the known profile ids; empty when valid.</summary>
    public IReadOnlyList<string> Problems(IReadOnlyCollection<string> knownProfiles)
    {
        var problems = new List<string>();
        var known = string.Join(", ", knownProfiles);
        if (string.IsNullOrWhiteSpace(DefaultAuthority))
            problems.Add($"{SectionName}:DefaultAuthority is empty; use one of: {known}");
        else if (!knownProfiles.Contains(DefaultAuthority))
            problems.Add($"{SectionName}:DefaultAuthority '{DefaultAuthority}' is not a procedure profile; use one of: {known}");
        foreach (var (tenant, profile) in TenantAuthorities)
        {
            if (string.IsNullOrWhiteSpace(tenant))
                problems.Add($"{SectionName}:TenantAuthorities has an empty tenant id");
            if (!knownProfiles.Contains(profile))
                problems.Add($"{SectionName}:TenantAuthorities:{tenant} is '{profile}', which is not a procedure profile; use one of: {known}");
        }
        return problems;
    }
}

/// <summary>Checks <see cref="GuidanceOptions"/> against the profile ids in procedures/profiles.yaml.</summary>
public sealed class GuidanceOptionsValidator(IReadOnlyCollection<string> knownProfiles) : IValidateOptions<GuidanceOptions>
{
    public ValidateOptionsResult Validate(string? name, GuidanceOptions options) =>
        options.Problems(knownProfiles) is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}

public static class GuidanceOptionsRegistration
{
    /// <summary>Binds "Guidance" and validates it when the app starts, against the profiles in <paramref name="proceduresDirectory"/>.</summary>
    public static IServiceCollection AddGuidanceOptions(this IServiceCollection services, IConfiguration configuration, string proceduresDirectory)
    {
        var profiles = ProfileList.Load(proceduresDirectory).Select(p => p.Id).ToList();
        services.AddSingleton<IValidateOptions<GuidanceOptions>>(new GuidanceOptionsValidator(profiles));
        services.AddOptions<GuidanceOptions>().Bind(configuration.GetSection(GuidanceOptions.SectionName)).ValidateOnStart();
        return services;
    }
}
