namespace Streamflix.Billing.Model;

/// <summary>What an upgrade costs in the middle of a paid period.</summary>
public static class Proration
{
    /// <summary>
    /// The price difference for the part of the period still to come:
    /// (new price − old price) × remaining seconds / period seconds, rounded to the cent (halves
    /// away from zero), never below zero, so a downgrade is free and refunds nothing.
    /// </summary>
    public static long UpgradeChargeCents(long oldPriceCents, long newPriceCents, BillingPeriod period, DateTimeOffset now)
    {
        var difference = newPriceCents - oldPriceCents;
        var periodSeconds = (decimal)period.Length.TotalSeconds;
        if (difference <= 0 || periodSeconds <= 0)
        {
            return 0;
        }

        var remainingSeconds = (decimal)period.RemainingAt(now).TotalSeconds;
        var charge = Math.Round(difference * remainingSeconds / periodSeconds, MidpointRounding.AwayFromZero);
        return Math.Max(0, (long)charge);
    }
}
