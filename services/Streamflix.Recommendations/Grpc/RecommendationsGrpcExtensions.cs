using Streamflix.Accounts.Contracts;
using Streamflix.Catalog.Contracts;
using Streamflix.Recommendations.Upstream;

namespace Streamflix.Recommendations.Grpc;

public static class RecommendationsGrpcExtensions
{
    /// <summary>The endpoint with its error interceptor, on top of AddGrpcServiceDefaults.</summary>
    public static IHostApplicationBuilder AddRecommendationsGrpc(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGrpc()
            .AddServiceOptions<RecommendationsGrpcService>(options => options.Interceptors.Add<RecommendationsErrorInterceptor>());
        return builder;
    }

    /// <summary>
    /// Accounts (profile ownership and kids flag, with the caller's token) and catalog (the anonymous
    /// catalogue bootstrap), each behind the gRPC-aware resilience pipeline (AppHost references).
    /// </summary>
    public static IHostApplicationBuilder AddRecommendationsUpstreams(this IHostApplicationBuilder builder)
    {
        builder.AddGrpcServiceClient<AccountsService.AccountsServiceClient>("accounts", AccountsReflection.Descriptor);
        builder.AddGrpcServiceClient<CatalogService.CatalogServiceClient>("catalog", CatalogReflection.Descriptor);
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<ProfileDirectory>();
        return builder;
    }
}
