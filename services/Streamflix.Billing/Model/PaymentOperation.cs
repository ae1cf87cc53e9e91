namespace Streamflix.Billing.Model;

/// <summary>The requests that charge, as stored with their idempotency keys.</summary>
public static class PaymentOperation
{
    public const string Subscribe = "subscribe";
    public const string ChangePlan = "change_plan";
}
