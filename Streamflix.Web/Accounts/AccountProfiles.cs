using Grpc.Core;
using Streamflix.Accounts.Contracts;
using Streamflix.Web.Forms;

namespace Streamflix.Web.Accounts;

/// <summary>The signed-in viewer's profiles: listing them, adding one, and checking a choice.</summary>
public sealed class AccountProfiles(AccountsService.AccountsServiceClient accounts, UserTokens tokens, ILogger<AccountProfiles> logger)
{
    public static readonly IReadOnlyCollection<string> NewProfileFields = ["name", "kids", "avatar_color"];

    public async Task<ServiceOutcome<IReadOnlyList<Profile>>> ListAsync(CancellationToken cancellationToken)
    {
        try
        {
            var response = await accounts.ListProfilesAsync(
                new ListProfilesRequest(), await tokens.AuthorizationAsync(), cancellationToken: cancellationToken);
            return ServiceOutcome<IReadOnlyList<Profile>>.Success(response.Profiles.ToList());
        }
        catch (RpcException exception)
        {
            Log(exception, nameof(AccountsService.AccountsServiceClient.ListProfiles));
            return ServiceOutcome<IReadOnlyList<Profile>>.Failed(AccountSessions.Errors(exception, []));
        }
    }

    /// <summary>The limit of five and unique names are the server's rules: its message is shown as it is.</summary>
    public async Task<ServiceOutcome<Profile>> CreateAsync(NewProfileForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        try
        {
            var profile = await accounts.CreateProfileAsync(new CreateProfileRequest
            {
                Name = form.Name ?? "",
                Kids = form.Kids,
                AvatarColor = form.AvatarColor ?? "",
            }, await tokens.AuthorizationAsync(), cancellationToken: cancellationToken);
            return ServiceOutcome<Profile>.Success(profile);
        }
        catch (RpcException exception)
        {
            Log(exception, nameof(AccountsService.AccountsServiceClient.CreateProfile));
            return ServiceOutcome<Profile>.Failed(AccountSessions.Errors(exception, NewProfileFields));
        }
    }

    /// <summary>
    /// The profile with <paramref name="profileId"/>, read from accounts rather than trusted from
    /// the posted form, so the cookie only ever names a profile of the viewer's own account.
    /// </summary>
    public async Task<ServiceOutcome<ChosenProfile>> ChooseAsync(string? profileId, CancellationToken cancellationToken)
    {
        var listed = await ListAsync(cancellationToken);
        if (listed.Value is not { } profiles)
        {
            return ServiceOutcome<ChosenProfile>.Failed(listed.Errors);
        }

        return profiles.FirstOrDefault(p => p.Id == profileId) is { } profile
            ? ServiceOutcome<ChosenProfile>.Success(new ChosenProfile(profile.Id, profile.Name, profile.Kids))
            : ServiceOutcome<ChosenProfile>.Failed(AccountMessages.UnknownProfile);
    }

    private void Log(RpcException exception, string method) =>
        logger.LogWarning("Accounts {Method} failed with {StatusCode}: {Detail}", method, exception.StatusCode, exception.Status.Detail);
}
