using Microsoft.Extensions.Options;

namespace Streamflix.Web.Security;

/// <summary>
/// The security headers on every response of the site, set before the response starts so that
/// error pages, redirects and static files carry them too.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<SiteSecurityOptions>>().Value;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy.Build(
                    CspNonce.Of(context), options.MediaOrigins, context.Request.Host.Value ?? "localhost", context.Request.IsHttps);
                headers.XContentTypeOptions = "nosniff";
                // The older header for browsers without frame-ancestors.
                headers.XFrameOptions = "DENY";
                // Page addresses (a title being watched) stay on the site; edges learn only the origin.
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next(context);
        });

    /// <summary>
    /// The front of the site's pipeline. Outside Development an exception becomes the error page
    /// (status 500, no stack trace: the developer page would show code and configuration to anyone),
    /// and browsers are told to use https only (UseHsts writes the header on https responses only).
    /// </summary>
    public static WebApplication UseSiteSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        return app;
    }

    /// <summary>Options, antiforgery cookie hardening and HSTS settings; the auth cookie is in ViewerSessions.</summary>
    public static IHostApplicationBuilder AddSiteSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SiteSecurityOptions>(builder.Configuration.GetSection(SiteSecurityOptions.Section));
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return builder;
    }
}
