namespace GuidanceBot.Channels.TeamsAppPackage;

/// <summary>
/// `dotnet run --project src/GuidanceBot -- app-package --app-id GUID [--out GuidanceBot.zip] [--name NAME]
/// [--domain HOST]... [--version 1.0.0]`: writes the Teams app package a Teams administrator uploads.
/// Without --app-id it uses the MicrosoftAppId environment variable, as the bot itself does.
/// </summary>
public static class AppPackageCommand
{
    public const string Command = "app-package";

    public static int? RunIfRequested(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length == 0 || args[0] != Command) return null;
        return Run(args[1..], Path.Combine(AppContext.BaseDirectory, "appPackage"), output, errors);
    }

    public static int Run(string[] args, string templateDirectory, TextWriter output, TextWriter errors)
    {
        string? appId = Environment.GetEnvironmentVariable("MicrosoftAppId"), name = null, version = null, outPath = "GuidanceBot.zip";
        var domains = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--app-id" when value is not null: appId = value; i++; break;
                case "--name" when value is not null: name = value; i++; break;
                case "--domain" when value is not null: domains.Add(value); i++; break;
                case "--version" when value is not null: version = value; i++; break;
                case "--out" when value is not null: outPath = value; i++; break;
                default:
                    errors.WriteLine($"Unknown or incomplete option '{args[i]}'. Usage: app-package --app-id GUID [--out GuidanceBot.zip] [--name NAME] [--domain HOST]... [--version 1.0.0]");
                    return 2;
            }
        }

        var settings = new AppPackageSettings(appId ?? "", name, domains, version);
        var problems = settings.Problems().ToList();
        if (appId is null) problems.Insert(0, "No app id: pass --app-id or set MicrosoftAppId.");
        if (problems.Count > 0)
        {
            foreach (var problem in problems) errors.WriteLine(problem);
            return 1;
        }

        var full = Path.GetFullPath(outPath);
        using (var file = File.Create(full))
            AppPackage.Write(templateDirectory, settings, file);
        output.WriteLine($"Wrote {full} (manifest.json, {string.Join(", ", AppPackage.IconFiles)}) for app id {settings.AppId}.");
        return 0;
    }
}
