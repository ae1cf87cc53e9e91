using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Streamflix.Accounts.Security;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.Accounts.Tests;

public sealed class AccessTokenIssuerTests
{
    private static readonly StreamflixAuthOptions Auth = new() { SigningKey = "unit-test-signing-key-0123456789abcdef" };
    private static readonly Guid AccountId = Guid.Parse("0193a5f0-0000-7000-8000-000000000001");
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    private static AccessTokenIssuer Issuer(TimeProvider clock, TimeSpan? lifetime = null) => new(
        Options.Create(Auth),
        Options.Create(new AccountsOptions { AccessTokenLifetime = lifetime ?? TimeSpan.FromMinutes(10) }),
        clock);

    private Task<TokenValidationResult> ValidateAsync(string token, StreamflixAuthOptions? options = null) =>
        _handler.ValidateTokenAsync(token, AccessTokenSigning.ValidationParameters(options ?? Auth));

    [Fact]
    public async Task A_fresh_token_validates_and_carries_the_account()
    {
        var (token, expiresAt) = Issuer(TimeProvider.System).Issue(AccountId, "ann@example.com", isAdmin: false);

        var result = await ValidateAsync(token);

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal(AccountId.ToString(), result.ClaimsIdentity.FindFirst(StreamflixClaims.Subject)?.Value);
        Assert.Equal("ann@example.com", result.ClaimsIdentity.FindFirst(StreamflixClaims.Email)?.Value);
        Assert.True(Guid.TryParse(result.ClaimsIdentity.FindFirst(StreamflixClaims.TokenId)?.Value, out _));
        Assert.Null(result.ClaimsIdentity.FindFirst(StreamflixClaims.Role));
        Assert.InRange(expiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task An_admin_token_carries_the_admin_role()
    {
        var (token, _) = Issuer(TimeProvider.System).Issue(AccountId, "boss@example.com", isAdmin: true);

        var result = await ValidateAsync(token);

        Assert.True(result.IsValid);
        Assert.True(new System.Security.Claims.ClaimsPrincipal(result.ClaimsIdentity).IsInRole(StreamflixClaims.AdminRole));
    }

    [Fact]
    public async Task Every_token_has_its_own_id()
    {
        var issuer = Issuer(TimeProvider.System);
        var first = new JsonWebToken(issuer.Issue(AccountId, "a@b.co", false).Token);
        var second = new JsonWebToken(issuer.Issue(AccountId, "a@b.co", false).Token);
        Assert.NotEqual(first.Id, second.Id);
        Assert.True((await ValidateAsync(second.EncodedToken)).IsValid);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        // Issued an hour ago with the default ten-minute life: long past expiry and clock skew.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1));
        var (token, expiresAt) = Issuer(clock).Issue(AccountId, "ann@example.com", false);

        var result = await ValidateAsync(token);

        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenExpiredException>(result.Exception);
        Assert.Equal(clock.GetUtcNow().AddMinutes(10).ToUnixTimeSeconds(), expiresAt.ToUnixTimeSeconds());
    }

    [Fact]
    public void The_expiry_written_in_the_token_is_the_one_reported()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, 750, TimeSpan.Zero));
        var (token, expiresAt) = Issuer(clock, TimeSpan.FromMinutes(5)).Issue(AccountId, "ann@example.com", false);
        Assert.Equal(expiresAt.UtcDateTime, new JsonWebToken(token).ValidTo);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 12, 5, 0, TimeSpan.Zero), expiresAt);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var (token, _) = Issuer(TimeProvider.System).Issue(AccountId, "ann@example.com", false);
        var otherKey = new StreamflixAuthOptions { SigningKey = "a-completely-different-key-0123456789" };

        var result = await ValidateAsync(token, otherKey);

        Assert.False(result.IsValid);
        Assert.IsAssignableFrom<SecurityTokenInvalidSignatureException>(result.Exception);
    }

    [Fact]
    public async Task An_unsigned_alg_none_token_is_refused()
    {
        var (token, _) = Issuer(TimeProvider.System).Issue(AccountId, "ann@example.com", false);
        var payload = token.Split('.')[1];
        var header = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""));
        var unsigned = $"{header}.{payload}.";

        var result = await ValidateAsync(unsigned);

        Assert.False(result.IsValid);
        Assert.NotNull(result.Exception);
    }

    [Fact]
    public async Task A_token_with_a_changed_payload_is_refused()
    {
        var (token, _) = Issuer(TimeProvider.System).Issue(AccountId, "ann@example.com", false);
        var parts = token.Split('.');
        var claims = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!.AsObject();
        claims[StreamflixClaims.Role] = StreamflixClaims.AdminRole; // try to become an administrator
        parts[1] = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(claims.ToJsonString()));

        var result = await ValidateAsync(string.Join('.', parts));

        Assert.False(result.IsValid);
        Assert.IsAssignableFrom<SecurityTokenInvalidSignatureException>(result.Exception);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused()
    {
        var (token, _) = Issuer(TimeProvider.System).Issue(AccountId, "ann@example.com", false);
        var otherAudience = new StreamflixAuthOptions { SigningKey = Auth.SigningKey, Audience = "someone-else" };

        var result = await ValidateAsync(token, otherAudience);

        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenInvalidAudienceException>(result.Exception);
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_refused()
    {
        var (token, _) = Issuer(TimeProvider.System).Issue(AccountId, "ann@example.com", false);
        var otherIssuer = new StreamflixAuthOptions { SigningKey = Auth.SigningKey, Issuer = "someone-else" };

        var result = await ValidateAsync(token, otherIssuer);

        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenInvalidIssuerException>(result.Exception);
    }
}
