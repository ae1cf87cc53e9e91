using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Streamflix.Web.Accounts;
using Streamflix.Web.Playback;

namespace Streamflix.Web.Tests;

/// <summary>A player session over the fake playback service, for a viewer signed in with a chosen profile.</summary>
internal sealed class PlayerSessionFixture : IDisposable
{
    public FakePlaybackClient Playback { get; } = new();
    public FakeTimeProvider Clock { get; } = new(AccountSamples.Now);
    public TestAuthenticationState User { get; } = new() { User = AccountSamples.SignedIn(profile: PlaybackSamples.Adult) };
    public SignInRenewals Renewals { get; } = new();
    public CircuitAccessToken AccessToken { get; }
    public PlayerSession Session { get; }

    public PlayerSessionFixture()
    {
        AccessToken = new CircuitAccessToken(new UserTokens(User), Renewals, Clock);
        Session = new PlayerSession(Playback, AccessToken, NullLogger<PlayerSession>.Instance);
    }

    public string BearerHeader => $"Bearer {Viewer.From(User.User)!.AccessToken}";

    public void Dispose()
    {
        Session.Dispose();
        AccessToken.Dispose();
    }
}
