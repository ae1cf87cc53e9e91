using Streamflix.Billing.Events;
using Streamflix.EventBus.Outbox;
using Streamflix.Playback.Data;
using Streamflix.Playback.Model;
using Streamflix.Playback.Redis;

namespace Streamflix.Playback.Events;

/// <summary>
/// A plan started, changed or ended: the cached entitlement is replaced at once, so an upgrade
/// plays at the new height and a cancelled plan stops granting new plays without waiting for the
/// cache to expire. The cache keeps the newer of this event and billing's latest answer, so a late
/// or redelivered event never rolls it back.
/// </summary>
public sealed class SubscriptionChangedHandler(PlaybackDbContext db, EntitlementCache cache, ILogger<SubscriptionChangedHandler> logger)
    : InboxEventHandler<SubscriptionChanged, PlaybackDbContext>(db)
{
    protected override async Task ApplyAsync(SubscriptionChanged integrationEvent, CancellationToken cancellationToken)
    {
        var entitlement = Entitlement.FromSubscriptionChange(
            integrationEvent.PlanId,
            integrationEvent.Status,
            integrationEvent.MaxStreams,
            integrationEvent.MaxHeight,
            integrationEvent.ValidUntil,
            integrationEvent.OccurredAt);
        var stored = await cache.StoreAsync(integrationEvent.AccountId, entitlement);
        logger.LogInformation("Entitlement of account {AccountId} from SubscriptionChanged ({Status}, {PlanId}): {Outcome}",
            integrationEvent.AccountId, integrationEvent.Status, integrationEvent.PlanId, stored ? "cached" : "older than the cached one");
    }
}
