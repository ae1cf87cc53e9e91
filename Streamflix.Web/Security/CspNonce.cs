using System.Buffers.Text;
using System.Security.Cryptography;

namespace Streamflix.Web.Security;

/// <summary>
/// A fresh random nonce per response: the only inline script the site has is Blazor's import map,
/// and the nonce lets exactly that one run without allowing inline scripts in general.
/// Base64url, not base64: Blazor HTML-encodes attribute values and writes '+' as "&amp;#x2B;", so a
/// base64 nonce reads differently in the page source than in the header (browsers decode it, but
/// anything comparing the two bytes-for-bytes does not); '-' and '_' are valid CSP nonce characters
/// and need no encoding.
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

        nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        context.Items[Key] = nonce;
        return nonce;
    }
}
