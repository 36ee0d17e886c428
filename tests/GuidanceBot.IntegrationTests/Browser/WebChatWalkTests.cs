using GuidanceBot.TestSupport;
namespace GuidanceBot.IntegrationTests.Browser;

/// <summary>A worker chatting on the local page: Microsoft's Web Chat renders our cards, clicks continue the walk.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebChatWalkTests(BrowserHost host)
{
    private const string GenericUrl = "https://proceduresonline.com/templates/customers/adults/chapters/default_chapters/p_action_next_steps.html";

    [Fact]
    public async Task A_worker_types_advocacy_clicks_the_answers_and_reaches_the_refer_outcome_with_its_source_link()
    {
        await using var chat = await ChatPage.OpenAsync(host, "advocacy-walk");
        await chat.SayAsync("advocacy", ContentWords.Findable(ContentWords.Question("advocacy", "process")));
        await chat.ClickAsync(ContentWords.Choice("advocacy", "process", "assessment"), ContentWords.Findable(ContentWords.Question("advocacy", "difficulty")));
        await chat.ClickAsync("Yes", ContentWords.Findable(ContentWords.Question("advocacy", "appropriate")));
        await chat.ClickAsync("No", ContentWords.Findable(ContentWords.Question("advocacy", "specialist")));
        await chat.ClickAsync(ContentWords.Choice("advocacy", "specialist", "imca"), ContentWords.Findable(ContentWords.Question("advocacy", "view")));
        await chat.ClickAsync(ContentWords.Choice("advocacy", "view", "wants"), ContentWords.Findable(ContentWords.Question("advocacy", "available")));
        await chat.ClickAsync("Yes", ContentWords.Findable(ContentWords.Outcome("advocacy", "refer")));

        Assert.Contains("Authority: Generic tri.x procedure", await chat.LastCardTextAsync());
        // The sources sit behind their toggle, so the answer fits one screen; shown, they open the official page.
        await chat.ShowAsync("Sources");
        Assert.Equal(GenericUrl, await chat.OpenLinkAsync("Open the official page"));
        await chat.FinishAsync();
    }

    [Fact]
    public async Task Back_goes_to_the_previous_question_and_a_changed_answer_leads_elsewhere()
    {
        await using var chat = await ChatPage.OpenAsync(host, "advocacy-back");
        await chat.SayAsync("advocacy", ContentWords.Findable(ContentWords.Question("advocacy", "process")));
        await chat.ClickAsync(ContentWords.Choice("advocacy", "process", "assessment"), ContentWords.Findable(ContentWords.Question("advocacy", "difficulty")));
        await chat.ClickAsync("Back", ContentWords.Findable(ContentWords.Question("advocacy", "process")));
        Assert.Contains("Going back", await chat.LastCardTextAsync());
        await chat.ClickAsync(ContentWords.Choice("advocacy", "process", "none"), ContentWords.Findable(ContentWords.Outcome("advocacy", "power-only")));
        await chat.FinishAsync();
    }

    [Fact]
    public async Task An_unreadable_typed_answer_gets_the_question_again_politely()
    {
        await using var chat = await ChatPage.OpenAsync(host, "advocacy-reask");
        await chat.SayAsync("advocacy", ContentWords.Findable(ContentWords.Question("advocacy", "process")));
        await chat.SayAsync("not really sure what you mean", "read that answer"); // Web Chat typesets the apostrophe
        Assert.Contains(ContentWords.Findable(ContentWords.Question("advocacy", "process")), await chat.LastCardTextAsync());
        await chat.FinishAsync();
    }

    [Fact]
    public async Task The_error_check_itself_catches_a_console_error()
    {
        await using var chat = await ChatPage.OpenAsync(host, "error-check");
        await chat.Page.EvaluateAsync("console.error('planted by the test')");
        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(chat.FinishAsync);
        Assert.Contains("planted by the test", failure.Message);
    }

    /// <summary>Every authority's cards render without a browser error, from the picker to an outcome.</summary>
    [Theory]
    [InlineData("rotherham", "Rotherham Occupational Therapy")]
    [InlineData("barking-dagenham", "Barking and Dagenham Occupational Therapy")]
    [InlineData("generic", "Generic tri.x procedure")]
    [InlineData("cheshire-east", "Cheshire East Contact and Social Care Teams")]
    [InlineData("dorset", "Dorset Adult Access Team")]
    public async Task A_walk_in_each_authority_profile_renders_to_an_outcome(string profile, string name)
    {
        await using var chat = await ChatPage.OpenAsync(host, "authority-" + profile);
        await chat.SayAsync("change authority", "Which procedure should I use?");
        var option = chat.LastCard.Locator(".ac-container").Filter(new() { HasText = name }).Last;
        await chat.ClickAsync(option, "Use this procedure", name);
        // The menu lists every walk, each with its own Start button: click the one beside the advocacy walk.
        var walk = chat.LastCard.Locator(".ac-container").Filter(new() { HasText = "Independent advocacy" }).Last;
        await chat.ClickAsync(walk, "Start", ContentWords.Findable(ContentWords.Question("advocacy", "process")));
        await chat.ClickAsync(ContentWords.Choice("advocacy", "process", "none"), ContentWords.Findable(ContentWords.Outcome("advocacy", "power-only")));

        Assert.Contains("Authority: " + name, await chat.LastCardTextAsync());
        await chat.ShowAsync("Sources");
        Assert.Equal(OfficialUrl(profile), await chat.OpenLinkAsync("Open the official page"));
        await chat.FinishAsync();
    }

    private static string OfficialUrl(string profile) =>
        File.ReadLines(Path.Combine(TestPaths.Procedures, profile, "procedure.yaml")).Single(l => l.StartsWith("url: ", StringComparison.Ordinal))["url: ".Length..].Trim();
}
