using Microsoft.Extensions.DependencyInjection;
using GuidanceBot.Content.Walks;
using GuidanceBot.TestSupport;

namespace GuidanceBot.Tests.Content.Walks;

public sealed class AddWalksTests
{
    [Fact]
    public void AddWalks_loads_the_walks_shipped_beside_the_app()
    {
        // The app's build output carries dialogs/ and procedures/ (GuidanceBot.csproj Content items).
        var appOutput = Path.GetDirectoryName(typeof(WalkCatalog).Assembly.Location)!;
        var services = new ServiceCollection().AddWalks(appOutput).BuildServiceProvider();
        Assert.NotNull(services.GetRequiredService<WalkCatalog>().Find("advocacy"));
    }

    [Fact]
    public void AddWalks_refuses_a_folder_with_a_broken_walk()
    {
        var root = Directory.CreateTempSubdirectory("walks-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "dialogs"));
            CopyDirectory(TestPaths.Procedures, Path.Combine(root, "procedures"));
            File.WriteAllText(Path.Combine(root, "dialogs", "mini.yaml"), MiniWalk.Yaml.Replace("goto: outcome/stop", "goto: outcome/gone"));

            var e = Assert.Throws<WalkLoadException>(() => new ServiceCollection().AddWalks(root));
            Assert.Contains(e.Problems, p => p.File == "mini.yaml" && p.Id == "first");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(dir.Replace(from, to));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to));
    }
}
