using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Streamflix.Accounts.Contracts;
using Streamflix.Web.Accounts;

namespace Streamflix.Web.Tests;

internal static class AccountSamples
{
    public const string AccountId = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    public const string Email = "ada@example.com";
    public static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A JWT-shaped token: a real payload, and a signature the site never checks.</summary>
    public static string AccessToken(string subject = AccountId, string? email = Email, params string[] roles)
    {
        var payload = new Dictionary<string, object> { ["sub"] = subject, ["exp"] = Now.AddMinutes(5).ToUnixTimeSeconds() };
        if (email is not null)
        {
            payload["email"] = email;
        }
        if (roles.Length == 1)
        {
            payload["role"] = roles[0];
        }
        else if (roles.Length > 1)
        {
            payload["role"] = roles;
        }
        return $"{Encode("""{"alg":"HS256","typ":"JWT"}""")}.{Encode(JsonSerializer.Serialize(payload))}.c2lnbmF0dXJl";
    }

    public static TokenPair Tokens(string refreshToken = "refresh-1", DateTimeOffset? expiresAt = null, params string[] roles) => new()
    {
        AccessToken = AccessToken(roles: roles),
        AccessTokenExpiresAt = Timestamp.FromDateTimeOffset(expiresAt ?? Now.AddMinutes(5)),
        RefreshToken = refreshToken,
        RefreshTokenExpiresAt = Timestamp.FromDateTimeOffset(Now.AddDays(30)),
        AccountId = AccountId,
    };

    public static Account Account(bool isAdmin = false) => new()
    {
        Id = AccountId,
        Email = Email,
        DisplayName = "Ada",
        CreatedAt = Timestamp.FromDateTimeOffset(Now.AddDays(-10)),
        IsAdmin = isAdmin,
    };

    public static Profile Profile(string id, string name, bool kids = false, string color = "#1565c0") => new()
    {
        Id = id,
        Name = name,
        Kids = kids,
        AvatarColor = color,
        CreatedAt = Timestamp.FromDateTimeOffset(Now),
    };

    public static ClaimsPrincipal SignedIn(TokenPair? tokens = null, ChosenProfile? profile = null)
    {
        var principal = ViewerPrincipal.Create(tokens ?? Tokens(), Email, "Ada");
        return profile is null ? principal : ViewerPrincipal.WithProfile(principal, profile);
    }

    private static string Encode(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
