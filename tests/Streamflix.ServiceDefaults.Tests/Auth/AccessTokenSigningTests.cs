using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.ServiceDefaults.Tests.Auth;

public sealed class AccessTokenSigningTests
{
    private static readonly StreamflixAuthOptions Options = new() { SigningKey = new string('k', 40) };
    private readonly JsonWebTokenHandler _handler = new();

    [Fact]
    public async Task A_token_signed_with_the_key_is_valid_and_keeps_its_claim_names()
    {
        var token = Issue(Options, DateTime.UtcNow.AddMinutes(5));

        var result = await _handler.ValidateTokenAsync(token, AccessTokenSigning.ValidationParameters(Options));

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("3f2504e0-4f89-11d3-9a0c-0305e82c3301", result.ClaimsIdentity.Name);
        Assert.True(new ClaimsPrincipal(result.ClaimsIdentity).IsInRole(StreamflixClaims.AdminRole));
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var token = Issue(Options, DateTime.UtcNow.AddMinutes(-5));

        var result = await _handler.ValidateTokenAsync(token, AccessTokenSigning.ValidationParameters(Options));

        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenExpiredException>(result.Exception);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var token = Issue(new StreamflixAuthOptions { SigningKey = new string('x', 40) }, DateTime.UtcNow.AddMinutes(5));

        var result = await _handler.ValidateTokenAsync(token, AccessTokenSigning.ValidationParameters(Options));

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task An_unsigned_alg_none_token_is_refused()
    {
        var signed = Issue(Options, DateTime.UtcNow.AddMinutes(5));
        var payload = signed.Split('.')[1];
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""));

        var result = await _handler.ValidateTokenAsync($"{header}.{payload}.", AccessTokenSigning.ValidationParameters(Options));

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task A_tampered_payload_is_refused()
    {
        var parts = Issue(Options, DateTime.UtcNow.AddMinutes(5)).Split('.');
        var claims = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]))
            .Replace("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "00000000-0000-0000-0000-000000000001", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(claims))}.{parts[2]}";

        var result = await _handler.ValidateTokenAsync(tampered, AccessTokenSigning.ValidationParameters(Options));

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused()
    {
        var token = Issue(new StreamflixAuthOptions { SigningKey = Options.SigningKey, Audience = "someone-else" }, DateTime.UtcNow.AddMinutes(5));

        var result = await _handler.ValidateTokenAsync(token, AccessTokenSigning.ValidationParameters(Options));

        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("too-short-for-hmac-sha256")]
    public void A_missing_or_short_key_is_a_configuration_error(string? key)
    {
        var error = Assert.Throws<InvalidOperationException>(() => AccessTokenSigning.Key(new StreamflixAuthOptions { SigningKey = key }));

        Assert.Contains("Auth:SigningKey", error.Message);
    }

    private string Issue(StreamflixAuthOptions options, DateTime expires) => _handler.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = options.Issuer,
        Audience = options.Audience,
        IssuedAt = expires.AddMinutes(-10),
        NotBefore = expires.AddMinutes(-10),
        Expires = expires,
        SigningCredentials = AccessTokenSigning.SigningCredentials(options),
        Claims = new Dictionary<string, object>
        {
            [StreamflixClaims.Subject] = "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            [StreamflixClaims.Email] = "viewer@example.test",
            [StreamflixClaims.Role] = StreamflixClaims.AdminRole,
        },
    });
}
