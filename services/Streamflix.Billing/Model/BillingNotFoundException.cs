namespace Streamflix.Billing.Model;

/// <summary>The account has no billing record of the kind asked for. Becomes NotFound.</summary>
public sealed class BillingNotFoundException(string message) : Exception(message)
{
    public static BillingNotFoundException Customer() =>
        new("This account has no billing customer yet.");

    public static BillingNotFoundException Subscription() =>
        new("This account has never subscribed.");
}
