using Streamflix.Billing.Model;

namespace Streamflix.Billing.Events;

/// <summary>The events a subscription's changes publish (through the outbox).</summary>
public static class SubscriptionEvents
{
    public static SubscriptionChanged Changed(Subscription subscription, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var plan = subscription.Plan;
        return new SubscriptionChanged(
            subscription.AccountId,
            plan.Id,
            StatusName(subscription.StatusAt(now)),
            plan.MaxStreams,
            plan.MaxHeight,
            subscription.CurrentPeriodEnd)
        {
            OccurredAt = now,
        };
    }

    /// <summary>The status words of the event contract.</summary>
    public static string StatusName(SubscriptionStatus status) => status switch
    {
        SubscriptionStatus.Active => "active",
        SubscriptionStatus.Canceling => "canceling",
        SubscriptionStatus.Ended => "ended",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
