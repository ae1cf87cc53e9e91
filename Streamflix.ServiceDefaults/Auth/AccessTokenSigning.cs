using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Streamflix.ServiceDefaults.Auth;

/// <summary>
/// The one place that turns the configured secret into a key and says what a valid access token
/// is: accounts signs with <see cref="SigningCredentials"/>, every service validates with
/// <see cref="ValidationParameters"/>. Only HS256 is accepted ("alg": "none" and others are refused).
/// </summary>
public static class AccessTokenSigning
{
    public const int MinimumKeyLength = 32;
    public const string KeyId = "streamflix-hs256";

    public static SymmetricSecurityKey Key(StreamflixAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(options.SigningKey) || options.SigningKey.Length < MinimumKeyLength)
        {
            throw new InvalidOperationException(
                $"Auth:SigningKey must be set to at least {MinimumKeyLength} characters (the AppHost passes its 'auth-signing-key' parameter).");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey)) { KeyId = KeyId };
    }

    public static SigningCredentials SigningCredentials(StreamflixAuthOptions options) =>
        new(Key(options), SecurityAlgorithms.HmacSha256);

    public static TokenValidationParameters ValidationParameters(StreamflixAuthOptions options) => new()
    {
        ValidIssuer = options.Issuer,
        ValidAudience = options.Audience,
        IssuerSigningKey = Key(options),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        ClockSkew = options.ClockSkew,
        NameClaimType = StreamflixClaims.Subject,
        RoleClaimType = StreamflixClaims.Role,
    };
}
