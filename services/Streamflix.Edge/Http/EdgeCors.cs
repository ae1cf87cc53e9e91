namespace Streamflix.Edge.Http;

/// <summary>
/// Players on the web site's origin fetch segments from edges on other origins. Any origin may read:
/// the signed path, not the Origin header, is the access control. Range must be allowed (players seek
/// with it) and the headers players read must be exposed.
/// </summary>
public static class EdgeCors
{
    public const string PolicyName = "media";

    public static IHostApplicationBuilder AddEdgeCors(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCors(cors => cors.AddPolicy(PolicyName, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders("Range", "If-None-Match", "If-Range")
            .WithExposedHeaders("Content-Length", "Content-Range", "Accept-Ranges", "ETag", "X-Cache")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        return builder;
    }
}
