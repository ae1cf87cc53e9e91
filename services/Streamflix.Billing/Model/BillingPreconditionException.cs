namespace Streamflix.Billing.Model;

/// <summary>
/// The request is well formed but the account's state does not allow it (already subscribed, no
/// subscription to change, card declined). Becomes FailedPrecondition, with a field violation when
/// one field is to blame.
/// </summary>
public sealed class BillingPreconditionException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;

    public static BillingPreconditionException CardDeclined() => new("Your card was declined.", "card.number");
}
