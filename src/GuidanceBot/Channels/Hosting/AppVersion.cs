using System.Reflection;

namespace GuidanceBot.Channels.Hosting;

/// <summary>The release that is running (Version in Directory.Build.props, plus the commit when built from git), so IT can tell what is deployed.</summary>
public static class AppVersion
{
    public static string Current { get; } =
        typeof(AppVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The release number alone, without the commit: what CHANGELOG.md names.</summary>
    public static string Release => Current.Split('+')[0];
}
