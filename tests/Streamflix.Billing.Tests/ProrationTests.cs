using Streamflix.Billing.Model;
using static Streamflix.Billing.Tests.TestCards;

namespace Streamflix.Billing.Tests;

public sealed class ProrationTests
{
    // 28 Nov → 28 Dec: 30 days.
    private static readonly BillingPeriod Period = BillingPeriod.StartingAt(Now);

    [Fact]
    public void At_the_start_the_whole_difference_is_charged() =>
        Assert.Equal(1799 - 799, Proration.UpgradeChargeCents(799, 1799, Period, Now));

    [Fact]
    public void The_charge_is_the_difference_times_the_remaining_share_of_the_period()
    {
        // 10 of 30 days left: 500 × 1/3 = 166.67 → 167.
        Assert.Equal(167, Proration.UpgradeChargeCents(1299, 1799, Period, Period.End.AddDays(-10)));
        // 20 of 30 days left: 500 × 2/3 = 333.33 → 333.
        Assert.Equal(333, Proration.UpgradeChargeCents(1299, 1799, Period, Period.End.AddDays(-20)));
    }

    [Fact]
    public void Half_a_cent_is_rounded_up()
    {
        // 1 cent difference, half the period left: 0.5 → 1.
        var halfway = Period.Start + Period.Length / 2;
        Assert.Equal(1, Proration.UpgradeChargeCents(100, 101, Period, halfway));
    }

    [Fact]
    public void The_remaining_time_is_counted_in_seconds()
    {
        // One second left of a 30-day period: 1000 × 1/2592000 rounds to nothing.
        Assert.Equal(0, Proration.UpgradeChargeCents(799, 1799, Period, Period.End.AddSeconds(-1)));
        // 3 days and a bit left: 1000 × 259300/2592000 = 100.04 → 100.
        Assert.Equal(100, Proration.UpgradeChargeCents(799, 1799, Period, Period.End.AddSeconds(-259_300)));
    }

    [Fact]
    public void A_downgrade_or_same_price_costs_nothing()
    {
        Assert.Equal(0, Proration.UpgradeChargeCents(1799, 799, Period, Now));
        Assert.Equal(0, Proration.UpgradeChargeCents(1299, 1299, Period, Now));
    }

    [Fact]
    public void After_the_period_nothing_is_left_to_charge() =>
        Assert.Equal(0, Proration.UpgradeChargeCents(799, 1799, Period, Period.End.AddDays(1)));

    [Fact]
    public void Before_the_period_starts_the_whole_period_remains() =>
        Assert.Equal(Period.Length, Period.RemainingAt(Period.Start.AddDays(-1)));
}
