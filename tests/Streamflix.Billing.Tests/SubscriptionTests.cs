using Microsoft.Extensions.Time.Testing;
using Streamflix.Billing.Model;
using static Streamflix.Billing.Tests.TestCards;

namespace Streamflix.Billing.Tests;

public sealed class SubscriptionTests
{
    private static readonly Guid Account = Guid.NewGuid();
    private static readonly CardOnFile Card = new("visa", "4242");

    private static Subscription Standard(DateTimeOffset start) => Subscription.Start(Account, PlanCatalogue.Standard, Card, start);

    [Fact]
    public void A_new_subscription_is_active_for_one_calendar_month_with_the_card_on_file()
    {
        var subscription = Standard(Now);

        Assert.Equal(SubscriptionStatus.Active, subscription.StatusAt(Now));
        Assert.Equal(Now, subscription.CurrentPeriodStart);
        Assert.Equal(new DateTimeOffset(2026, 12, 28, 12, 0, 0, TimeSpan.Zero), subscription.CurrentPeriodEnd);
        Assert.Equal(Card, subscription.Card);
    }

    [Fact]
    public void A_period_starting_on_the_31st_ends_on_the_last_day_of_the_next_month()
    {
        var period = BillingPeriod.StartingAt(new DateTimeOffset(2027, 1, 31, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2027, 2, 28, 9, 0, 0, TimeSpan.Zero), period.End);
    }

    [Fact]
    public void Active_then_canceling_then_ended_when_the_period_is_over()
    {
        var clock = new FakeTimeProvider(Now);
        var subscription = Standard(clock.GetUtcNow());

        clock.Advance(TimeSpan.FromDays(3));
        Assert.True(subscription.Cancel(clock.GetUtcNow()));
        Assert.Equal(SubscriptionStatus.Canceling, subscription.StatusAt(clock.GetUtcNow()));

        clock.SetUtcNow(subscription.CurrentPeriodEnd.AddTicks(-1));
        Assert.Equal(SubscriptionStatus.Canceling, subscription.StatusAt(clock.GetUtcNow()));

        clock.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(SubscriptionStatus.Ended, subscription.StatusAt(clock.GetUtcNow()));
    }

    [Fact]
    public void An_active_subscription_without_renewal_ends_with_its_period()
    {
        var subscription = Standard(Now);

        Assert.Equal(SubscriptionStatus.Ended, subscription.StatusAt(subscription.CurrentPeriodEnd));
    }

    [Fact]
    public void Cancelling_twice_or_after_the_end_changes_nothing()
    {
        var subscription = Standard(Now);
        Assert.True(subscription.Cancel(Now.AddDays(1)));

        Assert.False(subscription.Cancel(Now.AddDays(2)));
        Assert.False(subscription.Cancel(subscription.CurrentPeriodEnd.AddDays(1)));
        Assert.Equal(SubscriptionStatus.Canceling, subscription.Status);
    }

    [Fact]
    public void An_ended_subscription_that_was_never_cancelled_cannot_be_cancelled()
    {
        var subscription = Standard(Now);

        Assert.False(subscription.Cancel(subscription.CurrentPeriodEnd.AddDays(1)));
        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
    }

    [Fact]
    public void Subscribing_while_active_is_refused_with_change_plan_as_the_way()
    {
        var subscription = Standard(Now);

        var e = Assert.Throws<BillingPreconditionException>(() => Subscription.EnsureCanStart(subscription, Now.AddDays(1)));
        Assert.Contains("change plan instead", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subscribing_while_canceling_is_refused_too()
    {
        var subscription = Standard(Now);
        subscription.Cancel(Now);

        Assert.Throws<BillingPreconditionException>(() => Subscription.EnsureCanStart(subscription, Now.AddDays(1)));
    }

    [Fact]
    public void Subscribing_without_a_subscription_or_after_the_end_is_allowed()
    {
        Subscription.EnsureCanStart(null, Now);

        var subscription = Standard(Now);
        subscription.Cancel(Now);
        var later = subscription.CurrentPeriodEnd.AddDays(10);
        subscription.Restart(PlanCatalogue.Premium, new CardOnFile("mastercard", "4444"), later);

        Assert.Equal(SubscriptionStatus.Active, subscription.StatusAt(later));
        Assert.Equal("premium", subscription.PlanId);
        Assert.Equal(later, subscription.CurrentPeriodStart);
        Assert.Equal(later.AddMonths(1), subscription.CurrentPeriodEnd);
        Assert.Equal("4444", subscription.CardLast4);
    }

    [Fact]
    public void Restarting_a_running_subscription_is_refused()
    {
        var subscription = Standard(Now);

        Assert.Throws<BillingPreconditionException>(() => subscription.Restart(PlanCatalogue.Premium, Card, Now.AddDays(1)));
        Assert.Equal("standard", subscription.PlanId);
    }

    [Fact]
    public void An_upgrade_halfway_through_the_period_costs_half_the_difference()
    {
        var subscription = Standard(Now);
        var halfway = Now + (subscription.CurrentPeriodEnd - Now) / 2;

        var change = subscription.PlanChangeTo(PlanCatalogue.Premium, halfway);

        Assert.True(change.IsUpgrade);
        Assert.Equal(250, change.ChargeCents); // (1799 - 1299) / 2
    }

    [Fact]
    public void A_downgrade_is_free_and_takes_effect_at_once_keeping_the_period()
    {
        var subscription = Standard(Now);
        var change = subscription.PlanChangeTo(PlanCatalogue.Basic, Now.AddDays(5));

        subscription.Apply(change, Now.AddDays(5));

        Assert.Equal(0, change.ChargeCents);
        Assert.Equal("basic", subscription.PlanId);
        Assert.Equal(Now, subscription.CurrentPeriodStart);
        Assert.Equal(Now.AddMonths(1), subscription.CurrentPeriodEnd);
    }

    [Fact]
    public void Changing_plan_withdraws_a_cancellation()
    {
        var subscription = Standard(Now);
        subscription.Cancel(Now.AddDays(1));

        subscription.Apply(subscription.PlanChangeTo(PlanCatalogue.Premium, Now.AddDays(2)), Now.AddDays(2));

        Assert.Equal(SubscriptionStatus.Active, subscription.StatusAt(Now.AddDays(2)));
        Assert.Equal("premium", subscription.PlanId);
    }

    [Fact]
    public void Changing_a_canceling_subscription_to_its_own_plan_keeps_it_for_free()
    {
        var subscription = Standard(Now);
        subscription.Cancel(Now.AddDays(1));

        var change = subscription.PlanChangeTo(PlanCatalogue.Standard, Now.AddDays(2));
        subscription.Apply(change, Now.AddDays(2));

        Assert.Equal(0, change.ChargeCents);
        Assert.Equal(SubscriptionStatus.Active, subscription.StatusAt(Now.AddDays(2)));
    }

    [Fact]
    public void Changing_an_active_subscription_to_its_own_plan_is_refused()
    {
        var subscription = Standard(Now);

        var e = Assert.Throws<BillingPreconditionException>(() => subscription.PlanChangeTo(PlanCatalogue.Standard, Now));
        Assert.Equal("plan_id", e.Field);
    }

    [Fact]
    public void Changing_plan_after_the_end_is_refused()
    {
        var subscription = Standard(Now);

        Assert.Throws<BillingPreconditionException>(() =>
            subscription.PlanChangeTo(PlanCatalogue.Premium, subscription.CurrentPeriodEnd));
    }

    [Fact]
    public void A_change_decided_for_another_state_is_not_applied()
    {
        var subscription = Standard(Now);
        var stale = subscription.PlanChangeTo(PlanCatalogue.Premium, Now);
        subscription.Apply(subscription.PlanChangeTo(PlanCatalogue.Basic, Now), Now);

        Assert.Throws<InvalidOperationException>(() => subscription.Apply(stale, Now));
        Assert.Equal("basic", subscription.PlanId);
    }
}
