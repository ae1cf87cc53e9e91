using Streamflix.Billing.Events;
using Streamflix.Billing.Model;
using static Streamflix.Billing.Tests.TestCards;

namespace Streamflix.Billing.Tests;

public sealed class SubscriptionEventsTests
{
    private static readonly Guid Account = Guid.NewGuid();

    [Fact]
    public void A_started_subscription_publishes_its_plan_limits_and_period_end()
    {
        var subscription = Subscription.Start(Account, PlanCatalogue.Standard, new CardOnFile("visa", "4242"), Now);

        var changed = SubscriptionEvents.Changed(subscription, Now);

        Assert.Equal(new SubscriptionChanged(Account, "standard", "active", 2, 720, subscription.CurrentPeriodEnd) { Id = changed.Id, OccurredAt = Now },
            changed);
    }

    [Fact]
    public void A_cancellation_publishes_canceling_with_the_same_end()
    {
        var subscription = Subscription.Start(Account, PlanCatalogue.Basic, new CardOnFile("visa", "4242"), Now);
        subscription.Cancel(Now.AddDays(1));

        var changed = SubscriptionEvents.Changed(subscription, Now.AddDays(1));

        Assert.Equal(("canceling", subscription.CurrentPeriodEnd), (changed.Status, changed.ValidUntil));
    }

    [Theory]
    [InlineData(SubscriptionStatus.Active, "active")]
    [InlineData(SubscriptionStatus.Canceling, "canceling")]
    [InlineData(SubscriptionStatus.Ended, "ended")]
    public void Statuses_use_the_words_of_the_contract(SubscriptionStatus status, string name) =>
        Assert.Equal(name, SubscriptionEvents.StatusName(status));
}
