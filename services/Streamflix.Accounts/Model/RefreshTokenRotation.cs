namespace Streamflix.Accounts.Model;

/// <summary>What the store knows of a presented refresh token.</summary>
public sealed record RefreshTokenState(DateTimeOffset ExpiresAt, DateTimeOffset? ConsumedAt, DateTimeOffset? RevokedAt);

public enum RefreshDecision
{
    /// <summary>No such token: Unauthenticated.</summary>
    Unknown,

    /// <summary>Past its lifetime: Unauthenticated.</summary>
    Expired,

    /// <summary>Its family was signed out: Unauthenticated.</summary>
    Revoked,

    /// <summary>Already exchanged once: someone holds a copy, so the whole family is revoked.</summary>
    Reused,

    /// <summary>Valid: spend it and issue the next pair of the same family.</summary>
    Rotate,
}

/// <summary>
/// Refresh-token rotation with reuse detection (OAuth 2.0 Security BCP, section 4.14): every token
/// is single use; presenting a spent one means it leaked (or was replayed), and the safe answer is
/// to end the session it belongs to for everyone holding it.
/// </summary>
public static class RefreshTokenRotation
{
    public const string ReuseMessage = "refresh token reuse detected; signed out everywhere for this session";

    /// <summary>Spent is checked first: a replayed token must revoke the family even if it has expired or was revoked since.</summary>
    public static RefreshDecision Decide(RefreshTokenState? token, DateTimeOffset now) => token switch
    {
        null => RefreshDecision.Unknown,
        { ConsumedAt: not null } => RefreshDecision.Reused,
        { RevokedAt: not null } => RefreshDecision.Revoked,
        _ when now >= token.ExpiresAt => RefreshDecision.Expired,
        _ => RefreshDecision.Rotate,
    };

    /// <summary>
    /// The decision for a token whose conditional spend updated nothing because another request
    /// changed it first. Spent by that other request means two parties hold it: reuse. It can
    /// never rotate now, whatever the re-read shows.
    /// </summary>
    public static RefreshDecision DecideAfterLostRace(RefreshTokenState? token, DateTimeOffset now) =>
        Decide(token, now) switch
        {
            RefreshDecision.Rotate => RefreshDecision.Unknown,
            var decision => decision,
        };

    /// <summary>The Unauthenticated message for every decision but <see cref="RefreshDecision.Rotate"/>.</summary>
    public static string RefusalMessage(RefreshDecision decision) => decision switch
    {
        RefreshDecision.Unknown => "The refresh token is not valid; sign in again.",
        RefreshDecision.Expired => "The refresh token has expired; sign in again.",
        RefreshDecision.Revoked => "The refresh token was revoked (signed out); sign in again.",
        RefreshDecision.Reused => ReuseMessage,
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "A rotation is not a refusal."),
    };
}
