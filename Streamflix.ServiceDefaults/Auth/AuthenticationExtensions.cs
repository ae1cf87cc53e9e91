using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Streamflix.ServiceDefaults.Auth;

namespace Microsoft.Extensions.Hosting;

public static class AuthenticationExtensions
{
    /// <summary>
    /// Validates Streamflix access tokens (JWT bearer, HS256, key from Auth:SigningKey) and makes
    /// every endpoint need a signed-in caller unless it says otherwise: RPCs open to anyone carry
    /// [AllowAnonymous], admin RPCs [Authorize(Roles = "admin")]. Secure by default, so a new RPC
    /// that forgets to declare a policy is closed, not open.
    /// </summary>
    public static TBuilder AddStreamflixAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;
        services.AddOptions<StreamflixAuthOptions>()
            .BindConfiguration(StreamflixAuthOptions.SectionName)
            .Validate(o => o.SigningKey is { Length: >= AccessTokenSigning.MinimumKeyLength },
                $"Auth:SigningKey must be set to at least {AccessTokenSigning.MinimumKeyLength} characters.")
            .ValidateOnStart();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<StreamflixAuthOptions>>((jwt, auth) =>
            {
                // Claims keep their JWT names ("sub", "role"), as the token was written.
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = AccessTokenSigning.ValidationParameters(auth.Value);
            });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, GrpcAuthorizationResultHandler>();
        return builder;
    }
}
