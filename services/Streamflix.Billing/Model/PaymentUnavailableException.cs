namespace Streamflix.Billing.Model;

/// <summary>
/// The card processor failed transiently; nothing was charged. Becomes Unavailable, which clients
/// retry; the retry must carry the same idempotency key so that it can never charge twice.
/// </summary>
public sealed class PaymentUnavailableException()
    : Exception("The payment processor is temporarily unavailable; retry with the same idempotency key.");
