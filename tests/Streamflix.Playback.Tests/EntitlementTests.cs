using Streamflix.Playback.Model;

namespace Streamflix.Playback.Tests;

public sealed class EntitlementTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("active", true)]
    [InlineData("canceling", true)]
    [InlineData("ended", false)]
    [InlineData("", false)]
    public void Subscription_statuses_that_still_allow_watching(string status, bool active)
    {
        var entitlement = Entitlement.FromSubscriptionChange("standard", status, 2, 1080, Now.AddDays(10), Now);

        Assert.Equal(active, entitlement.AllowsWatchingAt(Now));
        Assert.Equal(Now, entitlement.AsOf);
        Assert.Equal(2, entitlement.MaxStreams);
        Assert.Equal(1080, entitlement.MaxHeight);
    }

    [Fact]
    public void An_active_plan_past_its_paid_period_does_not_allow_watching()
    {
        var entitlement = new Entitlement(true, "basic", 1, 480, Now.AddSeconds(-1), Now.AddMinutes(-1));

        Assert.False(entitlement.AllowsWatchingAt(Now));
    }

    [Fact]
    public void An_active_plan_without_an_end_allows_watching()
    {
        Assert.True(new Entitlement(true, "basic", 1, 480, default, Now).AllowsWatchingAt(Now));
    }

    [Fact]
    public void An_inactive_plan_is_refused_with_no_active_plan()
    {
        var entitlement = new Entitlement(false, "", 0, 0, default, Now);

        var refusal = Assert.Throws<PlaybackRefusedException>(() => entitlement.RequireWatchingAt(Now));

        Assert.Equal(RefusalReason.NoActivePlan, refusal.Reason);
    }

    [Fact]
    public void A_plan_that_allows_no_streams_is_not_a_plan_to_watch_with()
    {
        Assert.False(new Entitlement(true, "odd", 0, 480, default, Now).AllowsWatchingAt(Now));
    }

    [Fact]
    public void An_active_plan_passes_unchanged()
    {
        var entitlement = new Entitlement(true, "premium", 4, 2160, Now.AddDays(3), Now);

        Assert.Same(entitlement, entitlement.RequireWatchingAt(Now));
    }
}
