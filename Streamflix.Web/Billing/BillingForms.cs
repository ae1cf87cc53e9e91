namespace Streamflix.Web.Billing;

// The models the billing forms bind from posted forms. Numbers stay text until billing checks them,
// so a typo comes back as billing's message next to the field instead of a binding error.

public sealed class PaymentForm
{
    public string? PlanId { get; set; }
    public string? CardNumber { get; set; }
    public string? ExpiryMonth { get; set; }
    public string? ExpiryYear { get; set; }
    public string? Cvc { get; set; }
    public string? IdempotencyKey { get; set; }
}

public sealed class ChangePlanForm
{
    public string? PlanId { get; set; }
    public string? IdempotencyKey { get; set; }
}

public sealed class CancelSubscriptionForm
{
    public bool Confirm { get; set; }
}
