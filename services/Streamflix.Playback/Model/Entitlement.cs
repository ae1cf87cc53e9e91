namespace Streamflix.Playback.Model;

/// <summary>
/// What the account's plan allows, as billing said it at <see cref="AsOf"/>. An answer is only as
/// good as its age: the cache keeps the newest one (by AsOf) and for a short while only.
/// </summary>
public sealed record Entitlement(
    bool Active,
    string PlanId,
    int MaxStreams,
    int MaxHeight,
    DateTimeOffset ValidUntil,
    DateTimeOffset AsOf)
{
    /// <summary>SubscriptionChanged's status words that still let the account watch.</summary>
    public static bool IsWatchingStatus(string status) =>
        status is "active" or "canceling";

    public static Entitlement FromSubscriptionChange(
        string planId, string status, int maxStreams, int maxHeight, DateTimeOffset validUntil, DateTimeOffset occurredAt) =>
        new(IsWatchingStatus(status), planId, maxStreams, maxHeight, validUntil, occurredAt);

    /// <summary>Active, and (when billing gave an end) not past the end of the paid period.</summary>
    public bool AllowsWatchingAt(DateTimeOffset now) =>
        Active && MaxStreams > 0 && (ValidUntil == default || now < ValidUntil);

    /// <summary>The entitlement, or NO_ACTIVE_PLAN.</summary>
    public Entitlement RequireWatchingAt(DateTimeOffset now) =>
        AllowsWatchingAt(now) ? this : throw PlaybackRefusedException.NoActivePlan();

    /// <summary>
    /// A cached answer spares asking billing only when it lets the account watch: a cached "no plan"
    /// may predate a subscription made a moment ago, before its event arrived.
    /// </summary>
    public static bool CanSkipBilling(Entitlement? cached, DateTimeOffset now) =>
        cached is not null && cached.AllowsWatchingAt(now);

    /// <summary>
    /// When billing cannot answer: the cached answer if there is one (the cache only returns fresh
    /// ones), else BILLING_UNAVAILABLE. Never a guess.
    /// </summary>
    public static Entitlement WhenBillingIsDown(Entitlement? cached) =>
        cached ?? throw PlaybackRefusedException.BillingUnavailable();
}
