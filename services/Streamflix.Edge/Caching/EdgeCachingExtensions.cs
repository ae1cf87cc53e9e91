using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Streamflix.Edge.Caching;

public static class EdgeCachingExtensions
{
    public static IHostApplicationBuilder AddEdgeCaching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EdgeOptions>()
            .Bind(builder.Configuration.GetSection(EdgeOptions.SectionName))
            .PostConfigure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.Name))
                {
                    options.Name = builder.Configuration["OTEL_SERVICE_NAME"] ?? Environment.MachineName;
                }
            })
            .Validate(o => o.CacheBytes >= 1024 * 1024, "Edge:CacheBytes must be at least 1 MiB.")
            .Validate(o => o.PrefillSegments >= 0, "Edge:PrefillSegments must not be negative.")
            .Validate(o => o.ReadAheadSegments is >= 0 and <= SegmentReadAhead.MaxSegments, "Edge:ReadAheadSegments must be 0..20.")
            .Validate(o => o.ReadAheadConcurrency is >= 1 and <= SegmentReadAhead.MaxConcurrency, "Edge:ReadAheadConcurrency must be 1..256.")
            .ValidateOnStart();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => new EdgeCache(services.GetRequiredService<IOptions<EdgeOptions>>().Value.CacheBytes));
        builder.Services.AddHttpClient(HttpOriginClient.ClientName, client => client.BaseAddress = new Uri("http://origin"));
        builder.Services.AddSingleton<IOriginClient, HttpOriginClient>();
        builder.Services.AddSingleton<OriginFetcher>();

        // Fills outlive the viewer request that started them; only the host stopping ends them.
        builder.Services.AddSingleton(services => new SegmentReadAhead(
            services.GetRequiredService<EdgeCache>(),
            services.GetRequiredService<OriginFetcher>(),
            services.GetRequiredService<IOptions<EdgeOptions>>(),
            services.GetRequiredService<ILogger<SegmentReadAhead>>(),
            services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping));
        return builder;
    }
}
