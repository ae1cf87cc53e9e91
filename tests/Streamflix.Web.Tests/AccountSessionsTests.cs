using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Streamflix.Accounts.Contracts;
using Streamflix.ServiceDefaults.Auth;
using Streamflix.Web.Accounts;

namespace Streamflix.Web.Tests;

public sealed class AccountSessionsTests
{
    private readonly FakeAccountsClient _accounts = new();

    private AccountSessions Sessions => new(_accounts, ViewerAddressTests.Unkeyed, NullLogger<AccountSessions>.Instance);

    [Fact]
    public async Task Signing_in_builds_the_viewer_from_the_tokens_and_the_account()
    {
        var tokens = AccountSamples.Tokens("refresh-1", roles: ["admin"]);
        _accounts.OnSignIn = _ => tokens;
        _accounts.OnGetAccount = _ => AccountSamples.Account(isAdmin: true);

        var outcome = await Sessions.SignInAsync(new SignInForm { Email = "Ada@Example.com", Password = "correct horse 1" }, CancellationToken.None);

        var viewer = Viewer.From(outcome.Value)!;
        Assert.Equal((AccountSamples.AccountId, AccountSamples.Email, "Ada", true), (viewer.AccountId, viewer.Email, viewer.DisplayName, viewer.IsAdmin));
        Assert.Equal((tokens.AccessToken, "refresh-1"), (viewer.AccessToken, viewer.RefreshToken));
        Assert.Null(viewer.Profile);
        var signIn = Assert.IsType<SignInRequest>(_accounts.Calls[0].Request);
        Assert.Equal(("Ada@Example.com", "correct horse 1"), (signIn.Email, signIn.Password));
        // The account is read with the token just issued.
        Assert.Equal(("GetAccount", $"Bearer {tokens.AccessToken}"), (_accounts.Calls[1].Method, _accounts.Calls[1].Authorization));
    }

    [Fact]
    public async Task A_viewer_whose_account_cannot_be_read_is_signed_in_under_their_email()
    {
        _accounts.OnSignIn = _ => AccountSamples.Tokens();
        _accounts.OnGetAccount = _ => throw FakeUnaryCall.Failure(StatusCode.Unavailable);

        var outcome = await Sessions.SignInAsync(new SignInForm { Email = AccountSamples.Email, Password = "x" }, CancellationToken.None);

        Assert.Equal(AccountSamples.Email, Viewer.From(outcome.Value)!.DisplayName);
    }

    [Fact]
    public async Task Wrong_credentials_get_one_message_that_does_not_say_which_was_wrong()
    {
        _accounts.OnSignIn = _ => throw FakeUnaryCall.Failure(StatusCode.Unauthenticated, "No account with email ada@example.com");

        var outcome = await Sessions.SignInAsync(new SignInForm { Email = AccountSamples.Email, Password = "x" }, CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Equal(AccountMessages.WrongCredentials, outcome.Errors.Message);
        Assert.Empty(outcome.Errors.Fields);
    }

    [Fact]
    public async Task Throttled_sign_in_shows_the_servers_message()
    {
        _accounts.OnSignIn = _ => throw FakeUnaryCall.Failure(StatusCode.ResourceExhausted, "Too many failed sign-ins; try again in 4 minutes.");

        var outcome = await Sessions.SignInAsync(new SignInForm { Email = AccountSamples.Email, Password = "x" }, CancellationToken.None);

        Assert.Equal("Too many failed sign-ins; try again in 4 minutes.", outcome.Errors.Message);
    }

    [Fact]
    public async Task Sign_up_refusals_are_shown_next_to_their_fields()
    {
        _accounts.OnSignUp = _ => throw FieldErrors.Create(StatusCode.AlreadyExists, "email", "An account with this email already exists.");

        var outcome = await Sessions.SignUpAsync(new SignUpForm { Email = AccountSamples.Email, Password = "long enough 1", DisplayName = "Ada" }, CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Equal("An account with this email already exists.", outcome.Errors.For("email"));
        Assert.Null(outcome.Errors.Message);
    }

    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.DeadlineExceeded)]
    [InlineData(StatusCode.Internal)]
    public async Task An_accounts_outage_is_a_message_without_its_detail(StatusCode code)
    {
        _accounts.OnSignUp = _ => throw FakeUnaryCall.Failure(code, "NpgsqlException at AccountsDb.cs:42");

        var outcome = await Sessions.SignUpAsync(new SignUpForm { Email = AccountSamples.Email }, CancellationToken.None);

        Assert.Equal(AccountMessages.Unavailable, outcome.Errors.Message);
        Assert.DoesNotContain("Npgsql", outcome.Errors.Message);
    }

    [Fact]
    public async Task Sign_up_chooses_the_only_profile_it_created()
    {
        var tokens = AccountSamples.Tokens();
        _accounts.OnSignUp = _ => new SignUpResponse { Account = AccountSamples.Account(), Tokens = tokens };
        _accounts.OnListProfiles = _ => new ListProfilesResponse { Profiles = { AccountSamples.Profile("p1", "Ada") } };

        var outcome = await Sessions.SignUpAsync(new SignUpForm { Email = AccountSamples.Email, Password = "long enough 1", DisplayName = "Ada" }, CancellationToken.None);

        var viewer = Viewer.From(outcome.Value)!;
        Assert.Equal(new ChosenProfile("p1", "Ada", false), viewer.Profile);
        Assert.Equal("Ada", viewer.DisplayName);
        Assert.Equal($"Bearer {tokens.AccessToken}", _accounts.Calls.Single(c => c.Method == "ListProfiles").Authorization);
    }

    [Fact]
    public async Task Sign_up_still_succeeds_when_the_profiles_cannot_be_read()
    {
        _accounts.OnSignUp = _ => new SignUpResponse { Account = AccountSamples.Account(), Tokens = AccountSamples.Tokens() };
        _accounts.OnListProfiles = _ => throw FakeUnaryCall.Failure(StatusCode.Unavailable);

        var outcome = await Sessions.SignUpAsync(new SignUpForm(), CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.Null(Viewer.From(outcome.Value)!.Profile);
    }

    [Fact]
    public async Task Signing_out_revokes_the_refresh_token_and_survives_an_outage()
    {
        _accounts.OnSignOut = _ => throw FakeUnaryCall.Failure(StatusCode.Unavailable);

        await Sessions.SignOutAsync("refresh-1", CancellationToken.None);

        Assert.Equal("refresh-1", Assert.IsType<SignOutRequest>(_accounts.Calls.Single().Request).RefreshToken);
    }
}
