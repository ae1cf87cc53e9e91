using Streamflix.EventBus;

namespace Streamflix.Accounts.Events;

// The accounts service's event contract. Consumers link this file; they never reference the project.

/// <summary>A new account exists. Published through the accounts outbox in the sign-up transaction.</summary>
public sealed record AccountCreated(Guid AccountId, string Email, string DisplayName) : IntegrationEvent;
