using GuidanceBot.Channels.BotConnector.Auth;
using GuidanceBot.Channels.BotConnector.Inbound;
using GuidanceBot.Channels.BotConnector.Outbound;
using GuidanceBot.Channels.DirectLine;
using GuidanceBot.Channels.Hosting;
using GuidanceBot.Channels.TeamsAppPackage;
using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Reports;
using GuidanceBot.Content.Risk;
using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.Turns;
using GuidanceBot.Conversation.Understanding;

// For procedure owners: `-- content-report` prints what each authority's content covers, then exits.
if (ContentReport.RunIfRequested(args, Console.Out) is { } exitCode) return exitCode;
// For Teams administrators: `-- app-package --app-id GUID` writes GuidanceBot.zip to upload, then exits.
if (AppPackageCommand.RunIfRequested(args, Console.Out, Console.Error) is { } packaged) return packaged;

// The content is read and checked on the other core while the host is built (start-up time: README, "Start-up").
var content = ContentReading.Start(AppContext.BaseDirectory);

// The table of contents: one line per stage, in the order a message travels.
// Settings (appsettings.json) are read beside the app, whatever folder a service manager starts it from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

var channel = builder.Services.AddChannel(builder.Configuration); // HTTP in: settings, local mode
// Local mode answers this machine only: Kestrel listens on loopback, whatever address was configured.
if (channel.LocalMode) builder.WebHost.UseUrls([.. LocalModeGuard.LoopbackUrls(builder.Configuration[WebHostDefaults.ServerUrlsKey])]);
builder.Services.AddGuidanceBotTelemetry(builder.Configuration); // traces, metrics, logs: exported only where OTLP or Azure Monitor is set
builder.Services.AddChannelAuth(builder.Configuration); // with an app id: inbound tokens, MSAL for replies
builder.Services.AddTurns(builder.Configuration);     // state, lock, handler, pipeline
builder.Services.AddProcedures(builder.Configuration, loaded: content.Procedures); // procedures/: profiles, sections, authority settings
builder.Services.AddWalks(loaded: content.Walks);     // dialogs/*.yaml, validated
builder.Services.AddRiskCues();                       // dialogs/risk.yaml: what puts the safeguarding card first
builder.Services.AddUnderstanding(builder.Configuration); // reading what workers type: the sentence model, built in the background
builder.Services.AddCards();                          // cards/*.json, reply renderer
builder.Services.AddOutbound(builder.Configuration);  // Connector client, reply delivery
builder.Services.AddDirectLine(builder.Configuration); // local chat: Direct Line conversations feeding the same turns
// Stopping: in-flight requests finish and queued replies are delivered first, for at most this long (ShutdownTimeout).
builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = builder.Configuration.GetValue("ShutdownTimeout", TimeSpan.FromSeconds(25)));

var app = builder.Build();
if (channel.LocalMode) GuidanceBot.Log.LocalMode(app.Logger);

app.MapGet("/healthz", () => Results.Ok(new { status = "ok", version = AppVersion.Current })); // liveness, and which release runs
app.MapReadiness();                                   // /readyz: content loaded, state store reachable, signing keys fetched
app.MapMessages();
app.UseRateLimiter();                                 // per-client limits on new Direct Line conversations
app.MapDirectLine();                                  // /v3/directline: Web Chat's Direct Line 3.0 (polling)
app.MapWebChatPage();                                 // GET /: the chat page (Microsoft's Web Chat)

app.Run();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
