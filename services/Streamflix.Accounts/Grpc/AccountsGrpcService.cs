using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Streamflix.ServiceDefaults.RateLimiting;
using Streamflix.Accounts.Contracts;
using Streamflix.Accounts.Data;
using Streamflix.Accounts.Model;
using Streamflix.Accounts.Security;
using Streamflix.ServiceDefaults.Auth;
using Account = Streamflix.Accounts.Contracts.Account;
using Profile = Streamflix.Accounts.Contracts.Profile;

namespace Streamflix.Accounts.Grpc;

/// <summary>
/// The AccountsService contract: validate, call the stores, map. Errors: AccountsErrorInterceptor.
/// Sign-up, sign-in, refresh and sign-out are open (their credential is in the request); every
/// other RPC acts only on the account in the caller's access token.
/// </summary>
public sealed class AccountsGrpcService(
    AccountRegistration registration,
    PasswordSignIn signIn,
    SessionTokens sessions,
    AccountStore accounts,
    ProfileStore profiles,
    AdminAccounts admins) : AccountsService.AccountsServiceBase
{
    public const string WrongCredentialsMessage = "Email or password is incorrect.";
    private const string RefreshTokenField = "refresh_token";

    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.SignUp)]
    public override async Task<SignUpResponse> SignUp(SignUpRequest request, ServerCallContext context)
    {
        var form = SignUpForm.Parse(request.Email, request.Password, request.DisplayName);
        var account = await registration.SignUpAsync(form, context.CancellationToken);
        var tokens = await sessions.StartAsync(account, context.CancellationToken);
        return new SignUpResponse { Account = account.ToContract(admins), Tokens = tokens.ToContract() };
    }

    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public override async Task<TokenPair> SignIn(SignInRequest request, ServerCallContext context)
    {
        var email = EmailAddress.Normalize(request.Email);
        var problems = new List<FieldMessage>();
        if (email.Length == 0)
        {
            problems.Add(new FieldMessage(EmailAddress.Field, "Email is required."));
        }
        else if (email.Length > EmailAddress.MaxLength)
        {
            problems.Add(new FieldMessage(EmailAddress.Field, $"Email must be at most {EmailAddress.MaxLength} characters."));
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            problems.Add(new FieldMessage(PasswordPolicy.Field, "Password is required."));
        }

        AccountValidationException.ThrowIfAny(problems);

        var outcome = await signIn.SignInAsync(email, request.Password, context.CancellationToken);
        if (outcome.RetryAfter is { } retryAfter)
        {
            throw new RpcException(new Status(StatusCode.ResourceExhausted, SignInThrottleRule.RefusalMessage(retryAfter)));
        }

        var account = outcome.Account ?? throw new RpcException(new Status(StatusCode.Unauthenticated, WrongCredentialsMessage));
        var tokens = await sessions.StartAsync(account, context.CancellationToken);
        return tokens.ToContract();
    }

    [AllowAnonymous]
    public override async Task<TokenPair> RefreshTokens(RefreshTokensRequest request, ServerCallContext context)
    {
        var outcome = await sessions.RefreshAsync(RequireRefreshToken(request.RefreshToken), context.CancellationToken);
        return outcome.Tokens?.ToContract()
            ?? throw new RpcException(new Status(StatusCode.Unauthenticated, RefreshTokenRotation.RefusalMessage(outcome.Decision)));
    }

    [AllowAnonymous]
    public override async Task<Empty> SignOut(SignOutRequest request, ServerCallContext context)
    {
        await sessions.SignOutAsync(RequireRefreshToken(request.RefreshToken), context.CancellationToken);
        return new Empty();
    }

    public override async Task<Account> GetAccount(GetAccountRequest request, ServerCallContext context)
    {
        var account = await accounts.GetAsync(context.RequireAccountId(), context.CancellationToken);
        return account.ToContract(admins);
    }

    public override async Task<Account> UpdateAccount(UpdateAccountRequest request, ServerCallContext context)
    {
        var accountId = context.RequireAccountId();
        var account = request.HasDisplayName
            ? await accounts.UpdateDisplayNameAsync(accountId, DisplayName.Require(request.DisplayName), context.CancellationToken)
            : await accounts.GetAsync(accountId, context.CancellationToken);
        return account.ToContract(admins);
    }

    public override async Task<ListProfilesResponse> ListProfiles(ListProfilesRequest request, ServerCallContext context)
    {
        var list = await profiles.ListAsync(context.RequireAccountId(), context.CancellationToken);
        return new ListProfilesResponse { Profiles = { list.Select(profile => profile.ToContract()) } };
    }

    public override async Task<Profile> CreateProfile(CreateProfileRequest request, ServerCallContext context)
    {
        var accountId = context.RequireAccountId();
        var name = ProfileName.Require(request.Name);
        var profile = await profiles.CreateAsync(accountId, name, request.Kids, request.AvatarColor, context.CancellationToken);
        return profile.ToContract();
    }

    public override async Task<Profile> UpdateProfile(UpdateProfileRequest request, ServerCallContext context)
    {
        var accountId = context.RequireAccountId();
        var profileId = ProfileIds.Parse(request.ProfileId);
        var changes = new ProfileChanges(
            request.HasName ? ProfileName.Require(request.Name) : null,
            request.HasKids ? request.Kids : null,
            request.HasAvatarColor ? request.AvatarColor : null);
        var profile = await profiles.UpdateAsync(accountId, profileId, changes, context.CancellationToken);
        return profile.ToContract();
    }

    public override async Task<Empty> DeleteProfile(DeleteProfileRequest request, ServerCallContext context)
    {
        var accountId = context.RequireAccountId();
        var profileId = ProfileIds.Parse(request.ProfileId);
        await profiles.DeleteAsync(accountId, profileId, context.CancellationToken);
        return new Empty();
    }

    // Too long to be a token we issued: said so, rather than a sign-out that "succeeds" on a megabyte of text.
    private static string RequireRefreshToken(string token) =>
        string.IsNullOrWhiteSpace(token)
            ? throw new AccountValidationException(RefreshTokenField, "refresh_token is required.")
            : token.Length > RefreshTokenSecret.MaxPresentedLength
                ? throw new AccountValidationException(RefreshTokenField,
                    $"refresh_token is not a token this service issued (at most {RefreshTokenSecret.MaxPresentedLength} characters).")
                : token.Trim();
}
