namespace Streamflix.Accounts.Model;

/// <summary>
/// One refresh token. Only the SHA-256 of its secret is stored, so a copy of the database signs no
/// one in. Tokens rotated from the same sign-in share <see cref="FamilyId"/>; revoking the family
/// signs that session out everywhere.
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; init; }

    public byte[] TokenHash { get; init; } = [];

    public Guid FamilyId { get; init; }

    public Guid AccountId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Set when it was exchanged for a new pair; a second exchange is reuse.</summary>
    public DateTimeOffset? ConsumedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The token issued in exchange for this one.</summary>
    public Guid? ReplacedBy { get; set; }

    public RefreshTokenState State => new(ExpiresAt, ConsumedAt, RevokedAt);

    public static RefreshToken Issue(Guid accountId, Guid familyId, byte[] tokenHash, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(now),
        TokenHash = tokenHash,
        FamilyId = familyId,
        AccountId = accountId,
        CreatedAt = now,
        ExpiresAt = now + lifetime,
    };
}
