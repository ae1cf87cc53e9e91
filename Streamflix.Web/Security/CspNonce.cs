using System.Security.Cryptography;

namespace Streamflix.Web.Security;

/// <summary>
/// A fresh random nonce per response: the only inline script the site has is Blazor's import map,
/// and the nonce lets exactly that one run without allowing inline scripts in general.
/// </summary>
public static class CspNonce
{
    private static readonly object Key = new();

    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(Key, out var existing) && existing is string nonce)
        {
            return nonce;
        }

        nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[Key] = nonce;
        return nonce;
    }
}
