namespace Streamflix.Billing.Model;

public enum SubscriptionStatus
{
    Active,

    /// <summary>Cancelled by the customer; still entitled until the end of the paid period.</summary>
    Canceling,

    /// <summary>The paid period is over. Never stored: it follows from the clock.</summary>
    Ended,
}
