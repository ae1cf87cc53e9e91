using Microsoft.Extensions.Time.Testing;
using Streamflix.Billing.Model;
using static Streamflix.Billing.Tests.TestCards;

namespace Streamflix.Billing.Tests;

public sealed class EntitlementTests
{
    private static readonly Guid Account = Guid.NewGuid();

    [Fact]
    public void No_subscription_means_nothing_to_watch() =>
        Assert.Equal(new Entitlement(false, "", 0, 0, null), Entitlement.Of(null, Now));

    [Fact]
    public void An_active_subscription_entitles_to_its_plan_until_the_period_end()
    {
        var clock = new FakeTimeProvider(Now);
        var subscription = Subscription.Start(Account, PlanCatalogue.Premium, new CardOnFile("visa", "4242"), clock.GetUtcNow());

        var entitlement = Entitlement.Of(subscription, clock.GetUtcNow());

        Assert.Equal(new Entitlement(true, "premium", 4, 2160, subscription.CurrentPeriodEnd), entitlement);
    }

    [Fact]
    public void A_cancelled_subscription_entitles_until_the_end_and_not_after()
    {
        var clock = new FakeTimeProvider(Now);
        var subscription = Subscription.Start(Account, PlanCatalogue.Basic, new CardOnFile("visa", "4242"), clock.GetUtcNow());
        clock.Advance(TimeSpan.FromDays(10));
        subscription.Cancel(clock.GetUtcNow());

        clock.SetUtcNow(subscription.CurrentPeriodEnd.AddSeconds(-1));
        var lastSecond = Entitlement.Of(subscription, clock.GetUtcNow());
        Assert.True(lastSecond.Active);
        Assert.Equal((1, 480), (lastSecond.MaxStreams, lastSecond.MaxHeight));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(Entitlement.None, Entitlement.Of(subscription, clock.GetUtcNow()));
    }

    [Fact]
    public void A_plan_change_changes_the_entitlement_at_once()
    {
        var subscription = Subscription.Start(Account, PlanCatalogue.Premium, new CardOnFile("visa", "4242"), Now);
        var later = Now.AddDays(4);

        subscription.Apply(subscription.PlanChangeTo(PlanCatalogue.Standard, later), later);

        var entitlement = Entitlement.Of(subscription, later);
        Assert.Equal(("standard", 2, 720), (entitlement.PlanId, entitlement.MaxStreams, entitlement.MaxHeight));
    }
}
