namespace Streamflix.Billing.Model;

/// <summary>A paid period: one calendar month from its start (31 Jan → 28/29 Feb, as calendars do).</summary>
public readonly record struct BillingPeriod(DateTimeOffset Start, DateTimeOffset End)
{
    public static BillingPeriod StartingAt(DateTimeOffset start) => new(start, start.AddMonths(1));

    public TimeSpan Length => End - Start;

    /// <summary>What is left of the period at <paramref name="now"/>, between zero and its length.</summary>
    public TimeSpan RemainingAt(DateTimeOffset now) =>
        now <= Start ? Length : now >= End ? TimeSpan.Zero : End - now;
}
