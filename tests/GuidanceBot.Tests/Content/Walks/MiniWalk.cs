using GuidanceBot.TestSupport;
using GuidanceBot.Content.Walks;
namespace GuidanceBot.Tests.Content.Walks;

/// <summary>A small valid walk for tests to break one thing at a time.</summary>
public static class MiniWalk
{
    public const string Yaml = """
        id: mini
        title: Mini walk
        summary: A walk for tests.
        group: advocacy-and-urgent
        keywords: [test]
        examples: ["mini one", "mini two", "mini three", "mini four", "mini five", "mini six", "mini seven", "mini eight", "mini nine", "mini ten", "mini eleven", "mini twelve"]
        steps:
          - id: first
            question: First question?
            kind: choice
            sets: colour
            choices:
              - { value: red, label: Red }
              - { value: blue, label: Blue }
              - { value: green, label: Green }
            next:
              - when: { colour: red }
                goto: outcome/stop
          - id: second
            question: Second question?
            kind: yesno
            sets: ok
            next:
              - when: { all: [ { colour: blue }, { ok: "yes" } ] }
                goto: outcome/done
              - goto: outcome/other
        outcomes:
          - id: stop
            title: Stopped
            rule: Red stops the walk.
            do: [ "Stop." ]
            sources:
              - { source: generic, section: using-independent-advocacy, locator: "also has a power (but not a duty)" }
          - id: done
            title: Done
            rule: Blue and yes.
            do: [ "Finish." ]
            notes:
              - when: { colour: blue }
                text: Blue note.
                sources:
                  - { source: "law:care-act-s67", section: "", locator: "s.67" }
              - text: Always shown.
                sources:
                  - { source: generic, section: using-independent-advocacy, locator: "Once made available the duty is met." }
            sources:
              - { source: generic, section: using-independent-advocacy, locator: "Once made available the duty is met." }
          - id: other
            title: Other
            rule: Anything else.
            do: [ "Other." ]
            sources:
              - { source: generic, section: using-independent-advocacy, locator: "Once made available the duty is met." }
        """;

    public static Walk Load() => WalkCatalog.FromSources([("mini.yaml", Yaml)], RepoWalks.ProfileIds).Get("mini");
}
