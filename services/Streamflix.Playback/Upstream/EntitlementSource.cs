using Grpc.Core;
using StackExchange.Redis;
using Streamflix.Billing.Contracts;
using Streamflix.Playback.Model;
using Streamflix.Playback.Redis;
using Streamflix.ServiceDefaults.Auth;
using Entitlement = Streamflix.Playback.Model.Entitlement;

namespace Streamflix.Playback.Upstream;

/// <summary>
/// The account's entitlement: a fresh cached answer that allows watching, else billing's (with the
/// caller's token), which is then cached. A cached "no plan" is not trusted on its own: the viewer
/// may have subscribed a moment ago, before the SubscriptionChanged event arrived, so billing is
/// asked again and the cached answer only stands in while billing is down. When billing cannot
/// answer and nothing fresh is cached, playback is refused (BILLING_UNAVAILABLE): an unknown plan
/// is never treated as a paid one.
/// </summary>
public sealed class EntitlementSource(
    BillingService.BillingServiceClient billing,
    EntitlementCache cache,
    TimeProvider clock,
    ILogger<EntitlementSource> logger)
{
    public async Task<Entitlement> GetAsync(Guid accountId, Metadata authorization, CancellationToken cancellationToken)
    {
        var cached = await ReadCacheAsync(accountId);
        if (Entitlement.CanSkipBilling(cached, clock.GetUtcNow()))
        {
            return cached!;
        }

        Entitlement fresh;
        try
        {
            var answer = await billing.GetEntitlementAsync(
                new GetEntitlementRequest { AccountId = accountId.ToString() }, authorization, cancellationToken: cancellationToken);
            fresh = new Entitlement(
                answer.Active,
                answer.PlanId,
                answer.MaxStreams,
                answer.MaxHeight,
                answer.ValidUntil?.ToDateTimeOffset() ?? default,
                clock.GetUtcNow());
        }
        catch (RpcException e) when (CallerIdentity.IsCallersFault(e))
        {
            throw CallerIdentity.AsCallersFault(e);
        }
        catch (RpcException e) when (e.StatusCode != StatusCode.Cancelled || !cancellationToken.IsCancellationRequested)
        {
            // Unavailable, DeadlineExceeded, an open circuit, or anything else that is not an answer.
            logger.LogWarning("Billing did not answer for account {AccountId}: {Status} {Detail}", accountId, e.StatusCode, e.Status.Detail);
            return Entitlement.WhenBillingIsDown(cached);
        }

        await WriteCacheAsync(accountId, fresh);
        return fresh;
    }

    // Redis trouble only costs the shortcut: billing is asked instead.
    private async Task<Entitlement?> ReadCacheAsync(Guid accountId)
    {
        try
        {
            return await cache.GetAsync(accountId);
        }
        catch (RedisException e)
        {
            logger.LogWarning("The entitlement cache could not be read: {Error}", e.Message);
            return null;
        }
    }

    private async Task WriteCacheAsync(Guid accountId, Entitlement entitlement)
    {
        try
        {
            await cache.StoreAsync(accountId, entitlement);
        }
        catch (RedisException e)
        {
            logger.LogWarning("The entitlement cache could not be written: {Error}", e.Message);
        }
    }
}
