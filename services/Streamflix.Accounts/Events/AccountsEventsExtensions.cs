using Streamflix.Accounts.Data;

namespace Streamflix.Accounts.Events;

public static class AccountsEventsExtensions
{
    /// <summary>
    /// Accounts only publishes (AccountCreated), and only through its outbox: the relay sends what
    /// sign-up stored in the same transaction as the account (RabbitMQ "eventbus").
    /// </summary>
    public static IHostApplicationBuilder AddAccountsEvents(this IHostApplicationBuilder builder)
    {
        builder.AddEventBus("eventbus");
        builder.AddOutboxRelay<AccountsDbContext>();
        return builder;
    }
}
