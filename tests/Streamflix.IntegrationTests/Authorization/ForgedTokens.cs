using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.IntegrationTests.Authorization;

/// <summary>
/// Access tokens an attacker could present, written by hand (header.payload.signature) so nothing
/// in a library can quietly "fix" them: expired (right key), signed with a key made up at run time,
/// <c>alg: none</c>, and a real token whose claims were edited after signing.
/// </summary>
public sealed class ForgedTokens(string signingKey)
{
    private static readonly StreamflixAuthOptions Defaults = new();

    /// <summary>Signed with the real key, but it expired ten minutes ago (well past the 30 s clock skew).</summary>
    public string Expired(string accountId) =>
        Sign(Header("HS256"), Claims(accountId, admin: false, DateTimeOffset.UtcNow.AddMinutes(-20), lifetime: TimeSpan.FromMinutes(10)),
            Encoding.UTF8.GetBytes(signingKey));

    /// <summary>
    /// The same shape as <see cref="Expired"/> but current: the control case proving that the
    /// refusals of the forgeries come from what was forged, not from a malformed token.
    /// </summary>
    public string Current(string accountId) =>
        Sign(Header("HS256"), Claims(accountId, admin: false, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(10)), Encoding.UTF8.GetBytes(signingKey));

    /// <summary>Well-formed HS256 claiming admin, signed with a random key the services never saw.</summary>
    public static string WrongKey(string accountId) =>
        Sign(Header("HS256"), Claims(accountId, admin: true, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(10)),
            RandomNumberGenerator.GetBytes(48));

    /// <summary>"alg": "none" with an empty signature, claiming admin.</summary>
    public static string Unsigned(string accountId) =>
        $"{Encode(Header("none"))}.{Encode(Claims(accountId, admin: true, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(10)))}.";

    /// <summary>A genuine token whose payload now names <paramref name="accountId"/> and the admin role; the signature is the original.</summary>
    public static string Tampered(string genuine, string accountId)
    {
        var parts = genuine.Split('.');
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!.AsObject();
        payload[StreamflixClaims.Subject] = accountId;
        payload[StreamflixClaims.Role] = StreamflixClaims.AdminRole;
        return $"{parts[0]}.{Encode(payload)}.{parts[2]}";
    }

    private static JsonObject Header(string algorithm) => new() { ["alg"] = algorithm, ["typ"] = "JWT", ["kid"] = AccessTokenSigning.KeyId };

    private static JsonObject Claims(string accountId, bool admin, DateTimeOffset issuedAt, TimeSpan lifetime)
    {
        var claims = new JsonObject
        {
            [StreamflixClaims.Subject] = accountId,
            [StreamflixClaims.TokenId] = Guid.NewGuid().ToString("N"),
            ["iss"] = Defaults.Issuer,
            ["aud"] = Defaults.Audience,
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["nbf"] = issuedAt.ToUnixTimeSeconds(),
            ["exp"] = (issuedAt + lifetime).ToUnixTimeSeconds(),
        };
        if (admin)
        {
            claims[StreamflixClaims.Role] = StreamflixClaims.AdminRole;
        }

        return claims;
    }

    private static string Sign(JsonObject header, JsonObject claims, byte[] key)
    {
        var unsigned = $"{Encode(header)}.{Encode(claims)}";
        return $"{unsigned}.{Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(unsigned)))}";
    }

    private static string Encode(JsonNode json) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(json));
}
