using Streamflix.ServiceDefaults.Security;

namespace Streamflix.IntegrationTests.Hostile;

/// <summary>
/// Signed paths that are genuine but used for something they do not cover (another title, another
/// session, a higher height cap, after expiry) or that are forged or mangled: all must be 4xx.
/// </summary>
public static class SignedUrlCases
{
    public const string Session = "hostile-session";

    public static IEnumerable<HttpCase> For(string resource, byte[] key, string titleId, string otherTitleId, string relativePath)
    {
        var inTenMinutes = DateTimeOffset.UtcNow.AddMinutes(10);
        var genuine = SignedMediaUrl.CreatePath(key, titleId, Session, inTenMinutes, 480, relativePath);
        var parts = genuine.Split('/');   // "", "v", expires, session, maxHeight, signature, title, rest…
        string With(int index, string value)
        {
            var copy = (string[])parts.Clone();
            copy[index] = value;
            return string.Join('/', copy);
        }

        var signature = parts[5];
        var flipped = (signature[0] == 'A' ? 'B' : 'A') + signature[1..];
        HttpCase Case(string name, string target) => new(HostileCategory.SignedUrl, $"{resource} {name}", resource, "GET", target, [], MustReject: true);

        yield return Case("cross-title: signature of one title on another", With(6, otherTitleId));
        yield return Case("cross-title: other title's prefix with this signature", genuine.Replace($"/{titleId}/", $"/{otherTitleId}/", StringComparison.Ordinal));
        yield return Case("other session", With(3, "someone-else"));
        yield return Case("cap removed (480 → 0)", With(4, "0"));
        yield return Case("cap raised (480 → 2160)", With(4, "2160"));
        yield return Case("cap with leading zero", With(4, "0480"));
        yield return Case("cap of six digits", With(4, "100000"));
        yield return Case("expiry moved later", With(2, (long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) + 3600).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        yield return Case("expiry with plus sign", With(2, "+" + parts[2]));
        yield return Case("expiry of 13 digits", With(2, "9999999999999"));
        yield return Case("signature one character changed", With(5, flipped));
        yield return Case("signature truncated", With(5, signature[..^1]));
        yield return Case("signature extended", With(5, signature + "A"));
        yield return Case("signature upper-cased", With(5, signature.ToUpperInvariant() == signature ? signature.ToLowerInvariant() : signature.ToUpperInvariant()));
        // Percent-encoding an unreserved character spells the same URL (RFC 3986, 6.2.2.2): the server
        // decodes it to the genuine signature, so this one must be served exactly like the original.
        if (signature.Contains('A', StringComparison.Ordinal))
        {
            yield return new HttpCase(HostileCategory.SignedUrl, $"{resource} signature with 'A' percent-encoded (same URL)", resource, "GET",
                With(5, signature.Replace("A", "%41", StringComparison.Ordinal)), [], MustReject: false);
        }

        yield return Case("no signature (unsigned title path)", $"/v/{titleId}/{relativePath}");
        yield return Case("expired genuine URL", SignedMediaUrl.CreatePath(key, titleId, Session, DateTimeOffset.UtcNow.AddMinutes(-1), 0, relativePath));
        yield return Case("signed by another key", SignedMediaUrl.CreatePath(new byte[32], titleId, Session, inTenMinutes, 0, relativePath));
        yield return Case("session with a slash smuggled", With(3, "a%2fb"));
    }
}
