namespace Streamflix.Web.Accounts;

/// <summary>
/// POST /session/renew with the circuit's handle in <see cref="HandleHeader"/>: by the time it
/// runs, the cookie check (ViewerCookieEvents) has rotated a token near expiry and re-issued the
/// cookie; this hands the fresh access token to the circuit (<see cref="SignInRenewals"/>).
/// A header rather than a form: another site can neither send it nor read the answer, and the
/// Lax cookie does not travel with a cross-site POST anyway.
/// </summary>
public static class SignInRenewalEndpoint
{
    public const string Path = "/session/renew";

    public const string HandleHeader = "X-Streamflix-Renewal";

    public static IEndpointRouteBuilder MapSignInRenewal(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, (HttpContext context, SignInRenewals renewals) =>
                Viewer.From(context.User) is { } viewer && renewals.Offer(context.Request.Headers[HandleHeader].ToString(), viewer)
                    ? Results.NoContent()
                    : Results.NotFound())
            .RequireAuthorization()
            .DisableAntiforgery();
        return endpoints;
    }
}
