namespace Streamflix.Billing.Model;

/// <summary>What an account may watch now: how many streams at once and up to which height.</summary>
public sealed record Entitlement(bool Active, string PlanId, int MaxStreams, int MaxHeight, DateTimeOffset? ValidUntil)
{
    public static readonly Entitlement None = new(false, "", 0, 0, null);

    /// <summary>
    /// Active while a subscription is active or canceling and its paid period has not ended;
    /// otherwise none (no subscription is not an error, just nothing to watch).
    /// </summary>
    public static Entitlement Of(Subscription? subscription, DateTimeOffset now)
    {
        if (subscription is null || subscription.StatusAt(now) == SubscriptionStatus.Ended)
        {
            return None;
        }

        var plan = subscription.Plan;
        return new Entitlement(true, plan.Id, plan.MaxStreams, plan.MaxHeight, subscription.CurrentPeriodEnd);
    }
}
