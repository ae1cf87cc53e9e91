using Streamflix.Accounts.Model;

namespace Streamflix.Accounts.Tests;

public sealed class RefreshTokenRotationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly RefreshTokenState Live = new(Now.AddDays(30), null, null);

    [Fact]
    public void An_unspent_unexpired_token_rotates() =>
        Assert.Equal(RefreshDecision.Rotate, RefreshTokenRotation.Decide(Live, Now));

    [Fact]
    public void An_unknown_token_is_refused() =>
        Assert.Equal(RefreshDecision.Unknown, RefreshTokenRotation.Decide(null, Now));

    [Fact]
    public void A_token_is_expired_from_its_expiry_instant_on()
    {
        Assert.Equal(RefreshDecision.Rotate, RefreshTokenRotation.Decide(Live, Live.ExpiresAt.AddTicks(-1)));
        Assert.Equal(RefreshDecision.Expired, RefreshTokenRotation.Decide(Live, Live.ExpiresAt));
    }

    [Fact]
    public void A_token_of_a_signed_out_family_is_refused() =>
        Assert.Equal(RefreshDecision.Revoked, RefreshTokenRotation.Decide(Live with { RevokedAt = Now }, Now));

    [Fact]
    public void A_spent_token_is_reuse_even_when_expired_or_revoked_since()
    {
        var spent = Live with { ConsumedAt = Now.AddMinutes(-5) };
        Assert.Equal(RefreshDecision.Reused, RefreshTokenRotation.Decide(spent, Now));
        Assert.Equal(RefreshDecision.Reused, RefreshTokenRotation.Decide(spent with { RevokedAt = Now }, Now));
        Assert.Equal(RefreshDecision.Reused, RefreshTokenRotation.Decide(spent, Live.ExpiresAt.AddDays(1)));
    }

    [Fact]
    public void The_loser_of_a_concurrent_refresh_sees_reuse()
    {
        var spentByTheWinner = Live with { ConsumedAt = Now };
        Assert.Equal(RefreshDecision.Reused, RefreshTokenRotation.DecideAfterLostRace(spentByTheWinner, Now));
    }

    [Fact]
    public void A_lost_race_never_rotates()
    {
        Assert.Equal(RefreshDecision.Unknown, RefreshTokenRotation.DecideAfterLostRace(Live, Now));
        Assert.Equal(RefreshDecision.Revoked, RefreshTokenRotation.DecideAfterLostRace(Live with { RevokedAt = Now }, Now));
        Assert.Equal(RefreshDecision.Unknown, RefreshTokenRotation.DecideAfterLostRace(null, Now));
    }

    [Fact]
    public void Reuse_is_reported_with_the_contract_message() =>
        Assert.Equal("refresh token reuse detected; signed out everywhere for this session",
            RefreshTokenRotation.RefusalMessage(RefreshDecision.Reused));

    [Fact]
    public void Rotation_has_no_refusal_message() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RefreshTokenRotation.RefusalMessage(RefreshDecision.Rotate));

    [Fact]
    public void An_issued_token_starts_unspent_in_its_family_with_the_configured_lifetime()
    {
        var account = Guid.NewGuid();
        var family = Guid.NewGuid();
        var token = RefreshToken.Issue(account, family, [1, 2, 3], Now, TimeSpan.FromDays(30));
        Assert.Equal(account, token.AccountId);
        Assert.Equal(family, token.FamilyId);
        Assert.Equal(Now.AddDays(30), token.ExpiresAt);
        Assert.Equal(RefreshDecision.Rotate, RefreshTokenRotation.Decide(token.State, Now));
    }
}
