using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Streamflix.Recommendations.Data;

public static class RecommendationsDataExtensions
{
    /// <summary>Connection name the AppHost passes as ConnectionStrings__recommendationsdb.</summary>
    public const string ConnectionName = "recommendationsdb";

    /// <summary>Postgres through EF Core (pooling, retries, health check and telemetry from Aspire).</summary>
    public static IHostApplicationBuilder AddRecommendationsData(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<RecommendationsDbContext>(ConnectionName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<RecommendationsOptions>()
            .Bind(builder.Configuration.GetSection(RecommendationsOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<RecommendationsOptions>, RecommendationsOptionsValidator>();
        builder.Services.AddScoped<ViewingSignalWriter>();
        builder.Services.AddScoped<CatalogMirror>();
        builder.Services.AddScoped<SignalsReader>();
        return builder;
    }
}
