using Streamflix.Playback.Model;

namespace Streamflix.Playback.Tests;

public sealed class EntitlementSourcingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly Entitlement Paid = new(true, "standard", 2, 1080, Now.AddDays(20), Now.AddSeconds(-10));
    private static readonly Entitlement NoPlan = new(false, "", 0, 0, default, Now.AddSeconds(-10));

    [Fact]
    public void A_cached_plan_that_allows_watching_spares_asking_billing()
    {
        Assert.True(Entitlement.CanSkipBilling(Paid, Now));
    }

    [Fact]
    public void A_cached_no_plan_is_checked_with_billing_again()
    {
        Assert.False(Entitlement.CanSkipBilling(NoPlan, Now));
        Assert.False(Entitlement.CanSkipBilling(null, Now));
    }

    [Fact]
    public void With_billing_down_and_nothing_cached_playback_is_refused_not_granted()
    {
        var refusal = Assert.Throws<PlaybackRefusedException>(() => Entitlement.WhenBillingIsDown(null));

        Assert.Equal(RefusalReason.BillingUnavailable, refusal.Reason);
    }

    [Fact]
    public void With_billing_down_a_cached_answer_stands_in()
    {
        Assert.Same(NoPlan, Entitlement.WhenBillingIsDown(NoPlan));
        Assert.Equal(RefusalReason.NoActivePlan,
            Assert.Throws<PlaybackRefusedException>(() => Entitlement.WhenBillingIsDown(NoPlan).RequireWatchingAt(Now)).Reason);
    }
}
