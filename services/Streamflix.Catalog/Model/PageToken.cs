using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Streamflix.Catalog.Model;

/// <summary>
/// next_page_token / page_token: an offset, base64url-encoded so that clients treat it as opaque
/// (and can put it in a URL as it is). The "o:" prefix lets a decoder tell a token from noise.
/// </summary>
public static class PageToken
{
    private const string Prefix = "o:";

    // Far beyond any catalog we serve; refusing larger offsets keeps OFFSET queries bounded.
    public const int MaxOffset = 1_000_000;

    public static string Encode(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The offset a token stands for; an empty token is the first page.</summary>
    public static int Decode(string? token, string field = "page_token")
    {
        if (string.IsNullOrEmpty(token))
        {
            return 0;
        }

        if (token.Length <= 32 && TryDecode(token, out var offset))
        {
            return offset;
        }

        throw new CatalogValidationException(
            $"{field} is not a token this service issued; pass next_page_token from the previous page, or empty for the first page.");
    }

    /// <summary>The token for the page after [offset, offset + count), or empty on the last page.</summary>
    public static string Next(int offset, int count, int total) =>
        offset + count < total ? Encode(offset + count) : string.Empty;

    private static bool TryDecode(string token, out int offset)
    {
        offset = 0;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException)
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes);
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset)
            && offset <= MaxOffset;
    }
}
