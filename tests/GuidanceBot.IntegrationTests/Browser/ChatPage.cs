using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using GuidanceBot.TestSupport;

namespace GuidanceBot.IntegrationTests.Browser;

/// <summary>
/// The chat page in a fresh browser context, as a worker uses it: type in Web Chat's send box, click buttons on the
/// newest Adaptive Card. Records every console error and uncaught exception; <see cref="FinishAsync"/> saves a
/// screenshot under artifacts/browser/ and fails the test if any were seen.
/// </summary>
public sealed class ChatPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly string _name;
    private readonly List<string> _errors = [];
    private bool _saved;

    private ChatPage(IBrowserContext context, IPage page, string name)
    {
        _context = context;
        Page = page;
        _name = name;
        page.Console += (_, message) => { if (message.Type == "error" && !IsToggleNoise(message.Text)) _errors.Add($"console error: {message.Text} ({message.Location})"); };
        page.PageError += (_, error) => _errors.Add($"uncaught: {error}");
    }

    public IPage Page { get; }

    public static string ScreenshotFolder => Path.Combine(TestPaths.RepoRoot, "artifacts", "browser");

    /// <summary>All cards in the transcript, oldest first.</summary>
    public ILocator Cards => Page.Locator(".ac-adaptiveCard");

    public ILocator LastCard => Cards.Last;

    /// <summary>Opens the page and waits for the welcome card, which proves the conversation started.</summary>
    public static async Task<ChatPage> OpenAsync(BrowserHost host, string name)
    {
        var origin = host.BaseAddress.GetLeftPart(UriPartial.Authority);
        var context = await host.Browser.NewContextAsync(new()
        {
            BaseURL = origin,
            Locale = "en-GB",
            ViewportSize = new() { Width = 820, Height = 1400 },
        });
        context.SetDefaultTimeout(15_000);
        // Nothing leaves the machine: anything outside the app (an official procedure page) gets a stub page.
        await context.RouteAsync(url => !url.StartsWith(origin, StringComparison.Ordinal),
            route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<p>stub of an external page</p>" }));

        var chat = new ChatPage(context, await context.NewPageAsync(), name);
        await chat.Page.GotoAsync("/");
        await Expect(chat.LastCard).ToContainTextAsync("Choose a guide to start");
        return chat;
    }

    /// <summary>Types into Web Chat's send box and sends; waits for the bot's card that answers it.</summary>
    public async Task SayAsync(string text, string expectInReply)
    {
        var before = await Cards.CountAsync();
        var box = Page.Locator("[data-id='webchat-sendbox-input']");
        await box.FillAsync(text);
        await box.PressAsync("Enter");
        await NextCardAsync(before, expectInReply);
    }

    /// <summary>Clicks a button on the newest card; waits for the bot's next card.</summary>
    public async Task ClickAsync(string button, string expectInReply) => await ClickAsync(LastCard, button, expectInReply);

    public async Task ClickAsync(ILocator within, string button, string expectInReply)
    {
        var before = await Cards.CountAsync();
        await within.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await NextCardAsync(before, expectInReply);
    }

    /// <summary>Clicks a toggle on the newest card (no reply comes: the card shows what it held back).</summary>
    public async Task ShowAsync(string toggle)
    {
        Interlocked.Increment(ref _toggleClicks);
        await LastCard.GetByRole(AriaRole.Button, new() { Name = toggle, Exact = true }).ClickAsync();
    }

    // Web Chat 4.18 passes every action the Adaptive Cards renderer executes to its own handler, which knows only
    // OpenUrl and Submit: an Action.ToggleVisibility (which the renderer has already carried out) is logged as two
    // console errors, its message and then the action object. Only those two, and only after a toggle click, are
    // not counted; the test still proves the toggle worked by using what it showed.
    private int _toggleClicks;
    private bool _skipActionObject;

    private bool IsToggleNoise(string text)
    {
        if (_skipActionObject) { _skipActionObject = false; return true; }
        if (text != "Web Chat: received unknown action from Adaptive Cards" || Interlocked.Decrement(ref _toggleClicks) < 0) return false;
        _skipActionObject = true;
        return true;
    }

    /// <summary>Clicks a button that opens a link and returns the address the new tab went to.</summary>
    public async Task<string> OpenLinkAsync(string button)
    {
        var popup = await Page.RunAndWaitForPopupAsync(() => LastCard.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).First.ClickAsync());
        await popup.WaitForLoadStateAsync();
        var url = popup.Url;
        await popup.CloseAsync();
        return url;
    }

    public async Task<string> LastCardTextAsync() => await LastCard.InnerTextAsync();

    /// <summary>Saves the screenshot of the final state, then fails on any console error seen during the test.</summary>
    public async Task FinishAsync()
    {
        await SaveScreenshotAsync();
        Assert.True(_errors.Count == 0, "The browser reported errors:\n" + string.Join("\n", _errors));
    }

    public async ValueTask DisposeAsync()
    {
        // A failed test still leaves its screenshot behind, showing where it stopped.
        if (!_saved) await SaveScreenshotAsync();
        await _context.CloseAsync();
    }

    private async Task NextCardAsync(int before, string expectInReply)
    {
        await Expect(Cards).Not.ToHaveCountAsync(before);
        await Expect(LastCard).ToContainTextAsync(expectInReply);
    }

    private async Task SaveScreenshotAsync()
    {
        _saved = true;
        Directory.CreateDirectory(ScreenshotFolder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, _name + ".png") });
    }
}
