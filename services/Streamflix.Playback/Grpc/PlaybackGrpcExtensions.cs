using Streamflix.Accounts.Contracts;
using Streamflix.Billing.Contracts;
using Streamflix.Catalog.Contracts;
using Streamflix.Playback.Telemetry;
using Streamflix.Playback.Upstream;

namespace Streamflix.Playback.Grpc;

public static class PlaybackGrpcExtensions
{
    /// <summary>Playback's endpoint options on top of AddGrpcServiceDefaults.</summary>
    public static IHostApplicationBuilder AddPlaybackGrpc(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGrpc()
            .AddServiceOptions<PlaybackGrpcService>(options => options.Interceptors.Add<PlaybackErrorInterceptor>());
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<PlaybackMetrics>();
        return builder;
    }

    /// <summary>
    /// The services playback asks on the caller's behalf (AppHost references "accounts", "billing",
    /// "catalog"), each behind the gRPC-aware resilience pipeline, and what reads them.
    /// </summary>
    public static IHostApplicationBuilder AddPlaybackUpstreams(this IHostApplicationBuilder builder)
    {
        builder.AddGrpcServiceClient<AccountsService.AccountsServiceClient>("accounts", AccountsReflection.Descriptor);
        builder.AddGrpcServiceClient<BillingService.BillingServiceClient>("billing", BillingReflection.Descriptor);
        builder.AddGrpcServiceClient<CatalogService.CatalogServiceClient>("catalog", CatalogReflection.Descriptor);
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<ProfileDirectory>();
        builder.Services.AddScoped<EntitlementSource>();
        builder.Services.AddScoped<TitleSource>();
        return builder;
    }
}
