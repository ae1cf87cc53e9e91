using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Streamflix.Accounts.Contracts;
using Streamflix.ServiceDefaults.Auth;
using Streamflix.Web.Accounts;

namespace Streamflix.Web.Tests;

public sealed class AccountProfilesTests
{
    private readonly FakeAccountsClient _accounts = new();
    private readonly TestAuthenticationState _user = new() { User = AccountSamples.SignedIn() };

    private AccountProfiles Profiles => new(_accounts, new UserTokens(_user), NullLogger<AccountProfiles>.Instance);

    [Fact]
    public async Task Profiles_are_listed_with_the_viewers_token()
    {
        _accounts.OnListProfiles = _ => new ListProfilesResponse { Profiles = { AccountSamples.Profile("p1", "Ada"), AccountSamples.Profile("p2", "Kids", kids: true) } };

        var listed = await Profiles.ListAsync(CancellationToken.None);

        Assert.Equal(["Ada", "Kids"], listed.Value!.Select(p => p.Name));
        Assert.Equal($"Bearer {Viewer.From(_user.User)!.AccessToken}", _accounts.Calls.Single().Authorization);
    }

    [Fact]
    public async Task A_chosen_profile_is_read_from_the_account_not_from_the_form()
    {
        _accounts.OnListProfiles = _ => new ListProfilesResponse { Profiles = { AccountSamples.Profile("p2", "Kids", kids: true) } };

        var chosen = await Profiles.ChooseAsync("p2", CancellationToken.None);

        Assert.Equal(new ChosenProfile("p2", "Kids", true), chosen.Value);
    }

    [Fact]
    public async Task A_profile_of_another_account_cannot_be_chosen()
    {
        _accounts.OnListProfiles = _ => new ListProfilesResponse { Profiles = { AccountSamples.Profile("p1", "Ada") } };

        var chosen = await Profiles.ChooseAsync("someone-elses", CancellationToken.None);

        Assert.False(chosen.Succeeded);
        Assert.Equal(AccountMessages.UnknownProfile, chosen.Errors.Message);
    }

    [Fact]
    public async Task The_sixth_profile_is_refused_with_the_servers_message()
    {
        _accounts.OnCreateProfile = _ => throw FakeUnaryCall.Failure(StatusCode.FailedPrecondition, "An account can have at most 5 profiles.");

        var created = await Profiles.CreateAsync(new NewProfileForm { Name = "Sixth" }, CancellationToken.None);

        Assert.Equal("An account can have at most 5 profiles.", created.Errors.Message);
    }

    [Fact]
    public async Task A_taken_name_is_shown_next_to_the_name_field()
    {
        _accounts.OnCreateProfile = _ => throw FieldErrors.Create(StatusCode.AlreadyExists, "name", "You already have a profile called Ada.");

        var created = await Profiles.CreateAsync(new NewProfileForm { Name = "Ada", Kids = true, AvatarColor = "#2e7d32" }, CancellationToken.None);

        Assert.Equal("You already have a profile called Ada.", created.Errors.For("name"));
        var request = Assert.IsType<CreateProfileRequest>(_accounts.Calls.Single().Request);
        Assert.Equal(("Ada", true, "#2e7d32"), (request.Name, request.Kids, request.AvatarColor));
    }
}
