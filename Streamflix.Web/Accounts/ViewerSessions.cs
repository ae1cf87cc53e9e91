using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Streamflix.Web.Accounts;

/// <summary>
/// The site's sign-in session: an encrypted, HttpOnly cookie holding the viewer's principal and
/// tokens (<see cref="ViewerPrincipal"/>), kept fresh by <see cref="ViewerCookieEvents"/>.
/// </summary>
public static class ViewerSessions
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public const string CookieName = "streamflix.auth";

    public const string SignInPath = "/signin";

    public const string AccessDeniedPath = "/forbidden";

    public const string ReturnUrlParameter = "returnUrl";

    public static IHostApplicationBuilder AddViewerSessions(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthentication(Scheme)
            .AddCookie(Scheme, options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                // Lax: the cookie goes with top-level navigations from other sites (a link to a
                // title), never with their cross-site form posts.
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromDays(14);
                options.LoginPath = SignInPath;
                // A signed-in viewer without the role a page needs is told so (403), with a link to
                // sign in as someone who has it, rather than sent to a sign-in form unexplained.
                options.AccessDeniedPath = AccessDeniedPath;
                options.ReturnUrlParameter = ReturnUrlParameter;
                options.EventsType = typeof(ViewerCookieEvents);
            });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();

        services.AddMemoryCache();
        services.AddSingleton<TokenRefresher>();
        services.AddScoped<ViewerCookieEvents>();
        services.AddScoped<UserTokens>();
        services.AddScoped<AccountSessions>();
        services.AddHttpContextAccessor();
        services.AddScoped<ViewerAddress>();
        services.AddScoped<AccountProfiles>();
        return builder;
    }

    /// <summary>
    /// The cookie outlives the browser window; the refresh token inside it, and sign-out, bound
    /// the session.
    /// </summary>
    public static AuthenticationProperties Properties() => new() { IsPersistent = true };

    /// <summary>The sign-in page, coming back to <paramref name="returnUrl"/> afterwards.</summary>
    public static string SignInUrl(string? returnUrl) =>
        LocalReturnUrl.IsLocal(returnUrl) && returnUrl != LocalReturnUrl.Home
            ? $"{SignInPath}?{ReturnUrlParameter}={Uri.EscapeDataString(returnUrl!)}"
            : SignInPath;

    /// <summary>"Who's watching?", then <paramref name="returnUrl"/>.</summary>
    public static string ProfilesUrl(string? returnUrl) =>
        LocalReturnUrl.IsLocal(returnUrl) && returnUrl != LocalReturnUrl.Home
            ? $"/profiles?{ReturnUrlParameter}={Uri.EscapeDataString(returnUrl!)}"
            : "/profiles";
}
