using Grpc.Core;
using Streamflix.Accounts.Contracts;

namespace Streamflix.Bench;

/// <summary>A signed-up, subscribed viewer and the profile that presses Play.</summary>
public sealed class BenchViewer(string accountId, string profileId, bool profileIsKids, TokenPair tokens)
{
    public string AccountId { get; } = accountId;

    public string ProfileId { get; } = profileId;

    public bool ProfileIsKids { get; } = profileIsKids;

    public TokenPair Tokens { get; private set; } = tokens;

    public Metadata Auth { get; private set; } = Bearer(tokens.AccessToken);

    public void Renewed(TokenPair tokens)
    {
        Tokens = tokens;
        Auth = Bearer(tokens.AccessToken);
    }

    public static Metadata Bearer(string accessToken) => new() { { "authorization", $"Bearer {accessToken}" } };
}
