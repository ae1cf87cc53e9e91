namespace Streamflix.Accounts.Security;

/// <summary>A signed-in session's credentials as handed to the client; the refresh token is the only copy of its secret.</summary>
public sealed record IssuedTokens(
    Guid AccountId,
    string AccessToken,
    DateTimeOffset AccessTokenExpiresAt,
    string RefreshToken,
    DateTimeOffset RefreshTokenExpiresAt);
