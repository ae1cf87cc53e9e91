using Streamflix.Web.Forms;

namespace Streamflix.Web.Billing;

public enum PaymentResult
{
    /// <summary>Billing took the request (and charged, when there was something to charge).</summary>
    Done,

    /// <summary>Billing said no: a declined card, an invalid field, no subscription to change.</summary>
    Refused,

    /// <summary>Subscribe on an account that already has an active subscription.</summary>
    AlreadySubscribed,

    /// <summary>No answer from billing: the charge may or may not have happened; retry with the same key.</summary>
    Unknown,
}

/// <summary>What became of a charging request, and the idempotency key the form carries next.</summary>
public sealed record PaymentOutcome(PaymentResult Result, FormErrors Errors, string IdempotencyKey)
{
    public bool Succeeded => Result == PaymentResult.Done;
}
