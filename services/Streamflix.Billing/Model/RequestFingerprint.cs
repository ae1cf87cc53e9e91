using System.Security.Cryptography;
using System.Text;

namespace Streamflix.Billing.Model;

/// <summary>
/// A digest of what a charging request asked for, stored with its idempotency key, so that a key
/// reused for a different request is recognised and refused rather than answered with the first
/// request's outcome. The card enters only as brand and last four, as it is stored.
/// </summary>
public static class RequestFingerprint
{
    public static string ForSubscribe(Guid accountId, string planId, CardOnFile card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return Of(PaymentOperation.Subscribe, accountId.ToString("D"), planId, card.Brand, card.Last4);
    }

    public static string ForChangePlan(Guid accountId, string planId) =>
        Of(PaymentOperation.ChangePlan, accountId.ToString("D"), planId);

    // Fields are length-prefixed, so no two different parameter lists share a canonical form.
    private static string Of(string operation, params string[] parameters)
    {
        var canonical = new StringBuilder("v1");
        foreach (var part in parameters.Prepend(operation))
        {
            canonical.Append('|').Append(part.Length).Append(':').Append(part);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }
}
