using GuidanceBot.Content.Procedures;
namespace GuidanceBot.Conversation.Cards;

public static class CardsServiceCollectionExtensions
{
    /// <summary>Card templates (loaded and checked now, so a broken template stops start-up) and the reply renderer.</summary>
    public static IServiceCollection AddCards(this IServiceCollection services)
    {
        services.AddSingleton(CardTemplates.LoadDefault());
        services.AddSingleton(sp => CitationLabels.From(sp.GetRequiredService<ProcedureLibrary>()));
        services.AddSingleton<AnsweredCardRenderer>();
        return services.AddSingleton<ReplyRenderer>();
    }
}
