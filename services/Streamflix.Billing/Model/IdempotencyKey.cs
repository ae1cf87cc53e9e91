namespace Streamflix.Billing.Model;

/// <summary>
/// The client's name for one charging request: a retry carries the same key, so the service can
/// answer it with the first outcome instead of charging again.
/// </summary>
public static class IdempotencyKey
{
    public const int MinLength = 8;
    public const int MaxLength = 64;

    /// <summary>8..64 of [A-Za-z0-9_-]; InvalidArgument on "idempotency_key" otherwise.</summary>
    public static string Require(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw BillingValidationException.For("idempotency_key",
                "An idempotency key is required, so that a retry never charges twice.");
        }

        if (key.Length is < MinLength or > MaxLength || !key.All(IsAllowed))
        {
            throw BillingValidationException.For("idempotency_key",
                $"The idempotency key must be {MinLength} to {MaxLength} letters, digits, '-' or '_'.");
        }

        return key;
    }

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
