using System.Security.Claims;
using Grpc.Core;
using Streamflix.Accounts.Contracts;
using Streamflix.Web.Forms;

namespace Streamflix.Web.Accounts;

/// <summary>
/// Signs viewers up, in and out with accounts, and turns its answers into the principal the auth
/// cookie will hold, or into the errors the form shows. Writing the cookie is the page's job: it
/// owns the request.
/// </summary>
public sealed class AccountSessions(AccountsService.AccountsServiceClient accounts, ViewerAddress viewerAddress, ILogger<AccountSessions> logger)
{
    public static readonly IReadOnlyCollection<string> SignUpFields = ["email", "password", "display_name"];

    public static readonly IReadOnlyCollection<string> SignInFields = ["email", "password"];

    public async Task<ServiceOutcome<ClaimsPrincipal>> SignUpAsync(SignUpForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        try
        {
            var response = await accounts.SignUpAsync(new SignUpRequest
            {
                Email = form.Email ?? "",
                Password = form.Password ?? "",
                DisplayName = form.DisplayName ?? "",
            }, viewerAddress.Headers(), cancellationToken: cancellationToken);
            var principal = ViewerPrincipal.Create(response.Tokens, response.Account.Email, response.Account.DisplayName);
            // Sign-up made exactly one profile: choose it, rather than ask "who's watching?" with one answer.
            return ServiceOutcome<ClaimsPrincipal>.Success(
                await OnlyProfileAsync(response.Tokens.AccessToken, cancellationToken) is { } profile
                    ? ViewerPrincipal.WithProfile(principal, profile)
                    : principal);
        }
        catch (RpcException exception)
        {
            Log(exception, nameof(AccountsService.AccountsServiceClient.SignUp));
            return ServiceOutcome<ClaimsPrincipal>.Failed(Errors(exception, SignUpFields));
        }
        catch (FormatException exception)
        {
            logger.LogError(exception, "Accounts returned an access token the site cannot read");
            return ServiceOutcome<ClaimsPrincipal>.Failed(AccountMessages.Unavailable);
        }
    }

    public async Task<ServiceOutcome<ClaimsPrincipal>> SignInAsync(SignInForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        TokenPair tokens;
        try
        {
            tokens = await accounts.SignInAsync(
                new SignInRequest { Email = form.Email ?? "", Password = form.Password ?? "" }, viewerAddress.Headers(), cancellationToken: cancellationToken);
        }
        catch (RpcException exception)
        {
            Log(exception, nameof(AccountsService.AccountsServiceClient.SignIn));
            return ServiceOutcome<ClaimsPrincipal>.Failed(exception.StatusCode switch
            {
                // One message for an unknown email and a wrong password: the page must not tell
                // which emails have accounts.
                StatusCode.Unauthenticated => FormErrors.Of(AccountMessages.WrongCredentials),
                StatusCode.ResourceExhausted => FormErrors.Of(ServiceAnswers.DetailOr(exception, AccountMessages.TooManyAttempts)),
                _ => Errors(exception, SignInFields),
            });
        }

        try
        {
            // The token pair says who signed in but not what they are called: ask, with the new token.
            var account = await DescribeAsync(tokens.AccessToken, cancellationToken);
            var email = account?.Email ?? AccessTokenPayload.Read(tokens.AccessToken).Email ?? form.Email ?? "";
            return ServiceOutcome<ClaimsPrincipal>.Success(ViewerPrincipal.Create(tokens, email, account?.DisplayName ?? email));
        }
        catch (FormatException exception)
        {
            logger.LogError(exception, "Accounts returned an access token the site cannot read");
            return ServiceOutcome<ClaimsPrincipal>.Failed(AccountMessages.Unavailable);
        }
    }

    /// <summary>
    /// Revokes the session's refresh token. A failure is logged, not shown: the cookie goes
    /// anyway, and the token it held expires on its own.
    /// </summary>
    public async Task SignOutAsync(string? refreshToken, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(refreshToken))
        {
            return;
        }

        try
        {
            await accounts.SignOutAsync(new SignOutRequest { RefreshToken = refreshToken }, cancellationToken: cancellationToken);
        }
        catch (RpcException exception)
        {
            Log(exception, nameof(AccountsService.AccountsServiceClient.SignOut));
        }
    }

    /// <summary>Field violations next to the fields, the server's words for other refusals, and a fixed message for outages.</summary>
    public static FormErrors Errors(RpcException exception, IReadOnlyCollection<string> formFields) =>
        ServiceAnswers.IsAnswer(exception.StatusCode)
            ? FormErrors.FromViolations(exception, formFields, ServiceAnswers.DetailOr(exception, AccountMessages.Unavailable))
            : FormErrors.Of(AccountMessages.Unavailable);

    // The name is a nicety: without it the viewer is greeted by email until the next sign-in.
    private async Task<Account?> DescribeAsync(string accessToken, CancellationToken cancellationToken)
    {
        try
        {
            return await accounts.GetAccountAsync(
                new GetAccountRequest(), UserTokens.Authorization(accessToken), cancellationToken: cancellationToken);
        }
        catch (RpcException exception)
        {
            Log(exception, nameof(AccountsService.AccountsServiceClient.GetAccount));
            return null;
        }
    }

    private async Task<ChosenProfile?> OnlyProfileAsync(string accessToken, CancellationToken cancellationToken)
    {
        try
        {
            var response = await accounts.ListProfilesAsync(
                new ListProfilesRequest(), UserTokens.Authorization(accessToken), cancellationToken: cancellationToken);
            return response.Profiles is [var only] ? new ChosenProfile(only.Id, only.Name, only.Kids) : null;
        }
        catch (RpcException exception)
        {
            // The viewer is signed up all the same; the header offers the profile choice.
            Log(exception, nameof(AccountsService.AccountsServiceClient.ListProfiles));
            return null;
        }
    }

    private void Log(RpcException exception, string method) =>
        logger.LogWarning("Accounts {Method} failed with {StatusCode}: {Detail}", method, exception.StatusCode, exception.Status.Detail);
}
