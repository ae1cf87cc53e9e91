using Grpc.Core;
using Streamflix.Accounts.Contracts;

namespace Streamflix.IntegrationTests;

/// <summary>A viewer signed up through the public contract, with the tokens accounts returned.</summary>
public sealed record Viewer(string AccountId, string Email, string Password, TokenPair Tokens)
{
    public Metadata Auth => Bearer(Tokens.AccessToken);

    public static Metadata Bearer(string accessToken) => new() { { "authorization", $"Bearer {accessToken}" } };
}

/// <summary>Creates viewers with unique emails, so tests never collide on the shared graph.</summary>
public static class Viewers
{
    public const string Password = "correct-horse-42";

    public static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@example.test";

    public static async Task<Viewer> SignUpAsync(StreamflixAppFixture fixture, string prefix = "viewer", CancellationToken cancellationToken = default)
    {
        var accounts = new AccountsService.AccountsServiceClient(fixture.Channel("accounts"));
        var email = NewEmail(prefix);
        var response = await accounts.SignUpAsync(
            new SignUpRequest { Email = email, Password = Password, DisplayName = "Test Viewer" },
            cancellationToken: cancellationToken);
        return new Viewer(response.Account.Id, email, Password, response.Tokens);
    }
}
