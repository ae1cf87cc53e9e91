using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Streamflix.ServiceDefaults.Validation;

namespace Microsoft.Extensions.Hosting;

public static class GrpcServerExtensions
{
    /// <summary>
    /// gRPC hosting the same way in every service: detailed errors only in Development, and the
    /// standard gRPC health service fed by the same health checks as <c>/health</c>, and access
    /// tokens validated on every call (each RPC declares who may call it; see AddStreamflixAuthentication).
    /// </summary>
    public static TBuilder AddGrpcServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddGrpc(options =>
        {
            options.EnableDetailedErrors = builder.Environment.IsDevelopment();
            options.MaxReceiveMessageSize = 4 * 1024 * 1024;
            // Outermost: whatever error comes back from inside, its message fits in the caller's headers.
            options.Interceptors.Add<StatusSizeGuard>();
            // Then: a NUL in any text field is refused before a service's own checks or queries.
            options.Interceptors.Add<RequestTextGuard>();
        });
        builder.Services.AddGrpcHealthChecks();
        builder.AddStreamflixAuthentication();
        return builder;
    }

    public static WebApplication MapGrpcServiceDefaults(this WebApplication app)
    {
        // Before the endpoint runs: a request body that is not its method's message is InvalidArgument, not Unknown.
        app.UseMiddleware<MalformedRequestGuard>();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        app.MapDefaultEndpoints();
        return app;
    }
}
