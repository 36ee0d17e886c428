using Microsoft.Extensions.Configuration;
using GuidanceBot.Conversation.State;

namespace GuidanceBot.Tests.Conversation.State;

public sealed class StateStoreKindTests
{
    private static StateStoreKind From(params (string Key, string? Value)[] settings) =>
        StateStoreKind.From(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build());

    [Fact]
    public void Without_a_setting_the_store_is_in_memory()
    {
        Assert.Equal(new StateStoreKind(false, null), From());
        Assert.Equal(new StateStoreKind(false, null), From(("State:Store", "memory")));
    }

    [Fact]
    public void Redis_takes_its_connection_string()
    {
        Assert.Equal(new StateStoreKind(true, "localhost:6379"), From(("State:Store", "Redis"), ("ConnectionStrings:Redis", "localhost:6379")));
    }

    [Fact]
    public void Redis_without_a_connection_string_refuses_to_start()
    {
        Assert.Throws<InvalidOperationException>(() => From(("State:Store", "Redis")));
        Assert.Throws<InvalidOperationException>(() => From(("State:Store", "Redis"), ("ConnectionStrings:Redis", " ")));
    }

    [Fact]
    public void An_unknown_store_refuses_to_start()
    {
        Assert.Throws<InvalidOperationException>(() => From(("State:Store", "Postgres")));
    }
}
