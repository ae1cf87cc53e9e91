namespace Streamflix.Origin.Telemetry;

public static class OriginTelemetryExtensions
{
    public static IHostApplicationBuilder AddOriginTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OriginMetrics>();
        return builder;
    }

    /// <summary>
    /// Counts every media request once it has completed, including the 400s of the traversal guard and
    /// routing's 405s, which never reach an endpoint. Content-Length is what was sent (the range's length
    /// for a 206).
    /// </summary>
    public static IApplicationBuilder UseOriginTelemetry(this IApplicationBuilder app)
    {
        var metrics = app.ApplicationServices.GetRequiredService<OriginMetrics>();
        return app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/media") || context.Request.Path.StartsWithSegments("/titles"))
            {
                context.Response.OnCompleted(() =>
                {
                    metrics.RequestCompleted(context.Request.Method, context.Response.StatusCode, context.Response.ContentLength);
                    return Task.CompletedTask;
                });
            }

            await next(context);
        });
    }
}
