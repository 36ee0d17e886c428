namespace GuidanceBot.Tests.Content.Procedures;

/// <summary>A throw-away procedures/ folder, with its published texts, for loader and report tests.</summary>
public sealed class TempProcedures : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "guidancebot-procedures-" + Guid.NewGuid().ToString("N"));
    public string Procedures => Path.Combine(Root, "procedures");
    public TempProcedures() => Directory.CreateDirectory(Procedures);

    public TempProcedures Write(string relativePath, string text)
    {
        var path = Path.Combine(Procedures, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>Writes a profile's published text (procedures/&lt;id&gt;/published.txt).</summary>
    public TempProcedures Seed(string profileId, string text) => Write(Path.Combine(profileId, "published.txt"), text);

    public string SeedText(string profileId) => File.ReadAllText(Path.Combine(Procedures, profileId, "published.txt"));

    /// <summary>A small valid library: one profile "alpha" with one section, its seed, law and verified lists.</summary>
    public static TempProcedures Valid()
    {
        return new TempProcedures()
            .Write("profiles.yaml", "profiles:\n  - id: alpha\n    taken: 2026-11-30\n")
            .Write("law.yaml", """
                references:
                  - id: care-act-s4
                    title: Care Act 2014 s.4
                    provision: Care Act 2014 s.4
                    url: https://www.legislation.gov.uk/ukpga/2014/23/section/4
                    verified: false
                    summary: Information and advice duty.
                """)
            .Write("verified.yaml", "contacts: []\n")
            .Write("alpha/procedure.yaml", """
                id: alpha
                name: Alpha
                authority: Alpha Council
                team: Alpha Team
                title: Actions and Next Steps
                url: https://example.org/alpha
                published: 2024-08-02
                version: v3
                publishedLocator: "Last Updated: August 2, 2024"
                scope: Everyone.
                sections:
                  - id: providing-information-and-advice
                    title: Providing Information and Advice
                    heading: 1. Providing Information and Advice
                    start: 1. Providing Information and Advice
                    summary: Give advice.
                    law: [care-act-s4]
                    steps:
                      - text: Give information and advice to everyone.
                        locator: The council must give advice
                """)
            .Write("alpha/directory.yaml", """
                profile: alpha
                categories:
                  - { id: local, title: Local }
                entries:
                  - id: helpline
                    name: Alpha Helpline
                    category: local
                    purpose: Advice by phone.
                    phones:
                      - { number: 0300 123 4567 }
                    web: https://www.alpha.example.org
                    basis: seed
                    locator: Alpha Helpline
                """)
            .Seed("alpha", """
                Actions and Next Steps

                1. Providing Information and Advice

                The council must give advice to everyone.

                Alpha Helpline
                Call 0300 123 4567 or visit www.alpha.example.org

                Last Updated: August 2, 2024

                v3
                """);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
