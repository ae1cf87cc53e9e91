using Streamflix.EventBus;

namespace Streamflix.Billing.Events;

// The billing service's event contract. Consumers link this file; they never reference the project.

/// <summary>
/// An account's subscription started, changed plan, was cancelled or ended. Published through the
/// billing outbox in the transaction of the change. Status is "active", "canceling" or "ended".
/// </summary>
public sealed record SubscriptionChanged(
    Guid AccountId,
    string PlanId,
    string Status,
    int MaxStreams,
    int MaxHeight,
    DateTimeOffset ValidUntil) : IntegrationEvent;
