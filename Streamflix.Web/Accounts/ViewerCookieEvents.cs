using Grpc.Core;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Streamflix.Accounts.Contracts;

namespace Streamflix.Web.Accounts;

/// <summary>
/// Keeps the access token in the auth cookie alive: on each request whose token is about to
/// expire, rotates the pair with accounts and re-issues the cookie. A refresh token accounts no
/// longer accepts (signed out elsewhere, expired, replayed) ends the session here too.
/// </summary>
public sealed class ViewerCookieEvents(
    AccountsService.AccountsServiceClient accounts,
    TokenRefresher refresher,
    TimeProvider timeProvider,
    ILogger<ViewerCookieEvents> logger) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (SessionRefreshRule.Check(context.Principal, timeProvider.GetUtcNow()))
        {
            case SessionState.Fresh:
                return;
            case SessionState.Broken:
                logger.LogInformation("An auth cookie without a refresh token was refused");
                await EndSessionAsync(context);
                return;
        }

        var refreshToken = Viewer.From(context.Principal)!.RefreshToken;
        try
        {
            var tokens = await refresher.RefreshAsync(accounts, refreshToken, context.HttpContext.RequestAborted);
            context.ReplacePrincipal(ViewerPrincipal.WithTokens(context.Principal!, tokens));
            context.ShouldRenew = true;
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.Unauthenticated)
        {
            logger.LogInformation("Accounts refused to refresh a session ({Detail}); signing the viewer out", exception.Status.Detail);
            await EndSessionAsync(context);
        }
        catch (RpcException exception)
        {
            // Accounts is down: keep the session rather than sign every viewer out during an
            // outage. The next request tries again; calls made with an expired token meanwhile
            // are refused by the services, and the pages say so.
            logger.LogWarning("Refreshing a session failed with {StatusCode}: {Detail}", exception.StatusCode, exception.Status.Detail);
        }
        catch (FormatException exception)
        {
            logger.LogError(exception, "Accounts returned an access token the site cannot read; signing the viewer out");
            await EndSessionAsync(context);
        }
        catch (OperationCanceledException) when (context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The browser went away; the rotation itself still completes for the next request.
        }
    }

    private static async Task EndSessionAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }
}
