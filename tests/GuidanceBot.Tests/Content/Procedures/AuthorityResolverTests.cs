using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using GuidanceBot.Content.Procedures;
using GuidanceBot.TestSupport;

namespace GuidanceBot.Tests.Content.Procedures;

public sealed class AuthorityResolverTests
{
    private const string Tenant = "6f1c2a9e-0000-4000-8000-000000000001";
    private static readonly Dictionary<string, string> Tenants = new() { [Tenant] = "dorset" };
    private static readonly string[] Known = ["rotherham", "barking-dagenham", "generic", "cheshire-east", "dorset"];

    [Fact]
    public void Conversation_choice_wins_over_tenant_and_default() =>
        Assert.Equal("rotherham", AuthorityResolver.Resolve("rotherham", Tenant, Tenants, "generic"));

    [Fact]
    public void Without_a_choice_the_tenant_mapping_applies() =>
        Assert.Equal("dorset", AuthorityResolver.Resolve(null, Tenant, Tenants, "generic"));

    [Fact]
    public void Tenant_ids_match_regardless_of_letter_case() =>
        Assert.Equal("dorset", AuthorityResolver.Resolve(null, Tenant.ToUpperInvariant(), Tenants, "generic"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("11111111-2222-4333-8444-555555555555")]
    public void Unknown_or_missing_tenant_falls_back_to_the_default(string? tenant) =>
        Assert.Equal("generic", AuthorityResolver.Resolve(null, tenant, Tenants, "generic"));

    [Fact]
    public void Blank_conversation_choice_is_treated_as_no_choice() =>
        Assert.Equal("dorset", AuthorityResolver.Resolve("  ", Tenant, Tenants, "generic"));

    [Fact]
    public void A_stored_choice_that_is_no_longer_a_profile_is_ignored_when_profiles_are_known() =>
        Assert.Equal("dorset", AuthorityResolver.Resolve("old-profile", Tenant, Tenants, "generic", Known));

    [Fact]
    public void Options_default_to_the_generic_profile_with_no_tenants()
    {
        var options = Bind([]).GetRequiredService<IOptions<GuidanceOptions>>().Value;
        Assert.Equal("generic", options.DefaultAuthority);
        Assert.Empty(options.TenantAuthorities);
    }

    [Fact]
    public void Options_bind_default_and_tenant_map_from_the_Guidance_section()
    {
        var options = Bind(new()
        {
            ["Guidance:DefaultAuthority"] = "cheshire-east",
            [$"Guidance:TenantAuthorities:{Tenant}"] = "dorset",
        }).GetRequiredService<IOptions<GuidanceOptions>>().Value;
        Assert.Equal("cheshire-east", options.DefaultAuthority);
        Assert.Equal("dorset", AuthorityResolver.Resolve(null, Tenant, options.TenantAuthorities, options.DefaultAuthority));
    }

    [Fact]
    public void Unknown_default_profile_stops_start_up()
    {
        var services = Bind(new() { ["Guidance:DefaultAuthority"] = "narnia" });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("narnia", error.Message);
    }

    [Fact]
    public void Unknown_tenant_profile_stops_start_up_and_names_the_tenant()
    {
        var services = Bind(new() { [$"Guidance:TenantAuthorities:{Tenant}"] = "dorest" });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(Tenant, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("dorest", error.Message);
    }

    [Fact]
    public void The_shipped_appsettings_are_valid()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(TestPaths.RepoRoot, "src", "GuidanceBot", "appsettings.json"))
            .Build();
        var services = new ServiceCollection().AddGuidanceOptions(configuration, TestPaths.Procedures).BuildServiceProvider();
        services.GetRequiredService<IStartupValidator>().Validate();
    }

    private static ServiceProvider Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddGuidanceOptions(configuration, TestPaths.Procedures).BuildServiceProvider();
    }
}
