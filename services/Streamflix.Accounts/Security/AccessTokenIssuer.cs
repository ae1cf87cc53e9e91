using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.Accounts.Security;

/// <summary>
/// Writes the access tokens every service validates (AccessTokenSigning.ValidationParameters):
/// HS256, issuer and audience from "Auth", sub = account id, email, a unique jti, and the admin
/// role when the account has it.
/// </summary>
public sealed class AccessTokenIssuer(IOptions<StreamflixAuthOptions> auth, IOptions<AccountsOptions> accounts, TimeProvider clock)
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public (string Token, DateTimeOffset ExpiresAt) Issue(Guid accountId, string email, bool isAdmin)
    {
        // JWT times are whole seconds; the reported expiry is the one written in the token.
        var now = DateTimeOffset.FromUnixTimeSeconds(clock.GetUtcNow().ToUnixTimeSeconds());
        var expiresAt = now + accounts.Value.AccessTokenLifetime;
        var claims = new Dictionary<string, object>
        {
            [StreamflixClaims.Subject] = accountId.ToString(),
            [StreamflixClaims.Email] = email,
            [StreamflixClaims.TokenId] = Guid.NewGuid().ToString(),
        };
        if (isAdmin)
        {
            claims[StreamflixClaims.Role] = StreamflixClaims.AdminRole;
        }

        var options = auth.Value;
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            Claims = claims,
            SigningCredentials = AccessTokenSigning.SigningCredentials(options),
        });
        return (token, expiresAt);
    }
}
