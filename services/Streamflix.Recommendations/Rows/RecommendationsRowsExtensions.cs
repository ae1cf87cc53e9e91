using Streamflix.Recommendations.Redis;
using Streamflix.Recommendations.Upstream;

namespace Streamflix.Recommendations.Rows;

public static class RecommendationsRowsExtensions
{
    /// <summary>Redis "redis" for precomputed rows; the builders, the shared-signals cache and the catalogue bootstrap.</summary>
    public static IHostApplicationBuilder AddRecommendationsRows(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient("redis");
        builder.Services.AddSingleton<RowsStore>();
        builder.Services.AddSingleton<SharedSignalsCache>();
        builder.Services.AddScoped<ProfileRowsBuilder>();
        builder.Services.AddScoped<RowsRefresher>();
        builder.Services.AddScoped<HomeRowsService>();
        builder.Services.AddHostedService<CatalogBootstrap>();
        return builder;
    }
}
