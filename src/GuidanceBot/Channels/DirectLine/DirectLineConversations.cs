using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Channels.DirectLine;

/// <summary>Why a bearer token was not accepted.</summary>
public enum TokenProblem { None, Missing, Unknown, Expired }

/// <summary>
/// Every live Direct Line conversation and the index from token to conversation. Idle conversations are
/// forgotten (on lookup and by a sweep at most once a minute), and their tokens with them.
/// </summary>
public sealed class DirectLineConversations(IOptions<WebChatOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _tokenToConversation = new(StringComparer.Ordinal);
    private readonly WebChatOptions _options = options.Value;
    private readonly Lock _sweepGate = new();
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    public int Count => _conversations.Count;

    /// <summary>
    /// A new conversation with its first token, or null when the cap is reached even after forgetting idle ones, or
    /// when this client (<paramref name="client"/>: its address) already holds its share.
    /// </summary>
    public DirectLineConversation? Create(string userId, string client = "")
    {
        var now = clock.GetUtcNow();
        Sweep(now, force: _conversations.Count >= _options.MaxConversations);
        if (_conversations.Count >= _options.MaxConversations) return null;
        if (_conversations.Values.Count(c => c.Client == client) >= _options.MaxConversationsPerClient)
        {
            Sweep(now, force: true);
            if (_conversations.Values.Count(c => c.Client == client) >= _options.MaxConversationsPerClient) return null;
        }

        var token = DirectLineToken.Issue(now, _options.TokenLifetime);
        var conversation = new DirectLineConversation(NewId(), userId, token, _options.MaxActivitiesPerConversation, now)
        {
            Client = client,
            MaxBytes = _options.MaxBytesPerConversation,
        };
        _conversations[conversation.Id] = conversation;
        _tokenToConversation[token.Value] = conversation.Id;
        return conversation;
    }

    /// <summary>The conversation a token belongs to, if the token is live; a successful lookup counts as use.</summary>
    public (DirectLineConversation? Conversation, TokenProblem Problem) Authenticate(string? token)
    {
        if (string.IsNullOrEmpty(token)) return (null, TokenProblem.Missing);
        var now = clock.GetUtcNow();
        if (!_tokenToConversation.TryGetValue(token, out var id) || Find(id, now) is not { } conversation)
            return (null, TokenProblem.Unknown);
        if (conversation.FindToken(token) is not { } found || !found.IsValidAt(now))
            return (null, TokenProblem.Expired);
        conversation.Touch(now);
        return (conversation, TokenProblem.None);
    }

    /// <summary>A live conversation by id (whoever asks must still hold its token).</summary>
    public DirectLineConversation? Find(string id) => Find(id, clock.GetUtcNow());

    public DirectLineToken Refresh(DirectLineConversation conversation)
    {
        var fresh = DirectLineToken.Issue(clock.GetUtcNow(), _options.TokenLifetime);
        _tokenToConversation[fresh.Value] = conversation.Id;
        if (conversation.Replace(fresh) is { } dropped) _tokenToConversation.TryRemove(dropped.Value, out _);
        return fresh;
    }

    public DateTimeOffset Now => clock.GetUtcNow();

    private DirectLineConversation? Find(string id, DateTimeOffset now)
    {
        if (!_conversations.TryGetValue(id, out var conversation)) return null;
        if (!IsIdle(conversation, now)) return conversation;
        Forget(conversation);
        return null;
    }

    private bool IsIdle(DirectLineConversation conversation, DateTimeOffset now) => now - conversation.Touched >= _options.IdleExpiry;

    private void Sweep(DateTimeOffset now, bool force)
    {
        lock (_sweepGate)
        {
            if (!force && now < _nextSweep) return;
            _nextSweep = now + TimeSpan.FromMinutes(1);
        }
        foreach (var (_, conversation) in _conversations)
            if (IsIdle(conversation, now)) Forget(conversation);
    }

    private void Forget(DirectLineConversation conversation)
    {
        if (!_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation))) return;
        foreach (var token in conversation.TokenValues()) _tokenToConversation.TryRemove(token, out _);
    }

    /// <summary>Random too, so ids say nothing about how many conversations there are.</summary>
    private static string NewId() => "gb-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
