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
            .ValidateOnStart();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => new EdgeCache(services.GetRequiredService<IOptions<EdgeOptions>>().Value.CacheBytes));
        builder.Services.AddHttpClient(HttpOriginClient.ClientName, client => client.BaseAddress = new Uri("http://origin"));
        builder.Services.AddSingleton<IOriginClient, HttpOriginClient>();
        builder.Services.AddSingleton<OriginFetcher>();
        return builder;
    }
}
