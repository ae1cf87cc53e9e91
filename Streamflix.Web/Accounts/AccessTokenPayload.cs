using System.Buffers.Text;
using System.Text.Json;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.Web.Accounts;

/// <summary>
/// The claims inside an access token, read without checking its signature. The site only reads
/// tokens it received from accounts over the trusted channel, to label the viewer (roles for the
/// header and page guards); every service that acts on a token validates it in full.
/// </summary>
public sealed record AccessTokenPayload(string Subject, string? Email, IReadOnlyList<string> Roles)
{
    /// <exception cref="FormatException">The text is not a JWT with a JSON payload carrying "sub".</exception>
    public static AccessTokenPayload Read(string accessToken)
    {
        ArgumentNullException.ThrowIfNull(accessToken);
        var parts = accessToken.Split('.');
        if (parts.Length != 3 || !Base64Url.IsValid(parts[1]))
        {
            throw new FormatException("The access token is not a JWT.");
        }

        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var root = payload.RootElement;
            var subject = root.TryGetProperty(StreamflixClaims.Subject, out var sub) && sub.ValueKind == JsonValueKind.String
                ? sub.GetString()!
                : throw new FormatException("The access token names no subject.");
            var email = root.TryGetProperty(StreamflixClaims.Email, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            return new(subject, email, RolesOf(root));
        }
        catch (JsonException exception)
        {
            throw new FormatException("The access token's payload is not JSON.", exception);
        }
    }

    // One role is written as a string, several as an array (System.IdentityModel's convention).
    private static List<string> RolesOf(JsonElement root) =>
        !root.TryGetProperty(StreamflixClaims.Role, out var role) ? []
        : role.ValueKind == JsonValueKind.String ? [role.GetString()!]
        : role.ValueKind == JsonValueKind.Array
            ? [.. role.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!)]
            : [];
}
