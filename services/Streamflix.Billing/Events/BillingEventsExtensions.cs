using Streamflix.Accounts.Events;
using Streamflix.Billing.Data;

namespace Streamflix.Billing.Events;

public static class BillingEventsExtensions
{
    /// <summary>
    /// AccountCreated in (new accounts become customers); SubscriptionChanged out, through the
    /// outbox relay (RabbitMQ "eventbus").
    /// </summary>
    public static IHostApplicationBuilder AddBillingEvents(this IHostApplicationBuilder builder)
    {
        builder.AddEventBus("eventbus")
            .AddSubscription<AccountCreated, AccountCreatedHandler>();
        builder.AddOutboxRelay<BillingDbContext>();
        return builder;
    }
}
