using GuidanceBot.Auth;
using GuidanceBot.CardBinding;
using GuidanceBot.Inbound;
using GuidanceBot.Outbound;
using GuidanceBot.State;
using GuidanceBot.Turns;
using GuidanceBot.Walks;

var builder = WebApplication.CreateBuilder(args);

// 1. Channel: settings under Azure Bot names; local mode when no MicrosoftAppId.
var channel = ChannelSettings.From(builder.Configuration);
channel.EnsureSupported();
builder.Services.AddSingleton(channel);

// 1b. Auth (with an app id): inbound Bot Connector tokens, outbound MSAL tokens. Before AddOutbound, which falls back to none.
builder.Services.AddChannelAuth(builder.Configuration);

// 2. Walks: dialogs/*.yaml, validated at start-up.
builder.Services.AddSingleton(new WalkCatalog());

// 3. Turns: state store, per-conversation lock, handler, pipeline.
builder.Services.Configure<StateOptions>(builder.Configuration.GetSection("State"));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<IConversationStateStore, InMemoryStateStore>();
builder.Services.AddSingleton<KeyedLock>();
builder.Services.AddSingleton<TurnHandler>();
builder.Services.AddSingleton<TurnPipeline>();

// 4. Cards and replies out.
builder.Services.AddSingleton<ReplyRenderer>();
builder.Services.AddOutbound(builder.Configuration);

var app = builder.Build();

app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.MapMessages();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
