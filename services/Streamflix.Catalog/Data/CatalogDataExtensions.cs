using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Streamflix.Catalog.Data;

public static class CatalogDataExtensions
{
    /// <summary>Connection name the AppHost passes as ConnectionStrings__catalogdb.</summary>
    public const string ConnectionName = "catalogdb";

    /// <summary>Postgres through EF Core (pooling, retries, health check and telemetry from Aspire).</summary>
    public static IHostApplicationBuilder AddCatalogData(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<CatalogDbContext>(ConnectionName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<CatalogReader>();
        builder.Services.AddScoped<CatalogWriter>();
        builder.Services.AddScoped<CatalogMediaWriter>();
        return builder;
    }
}
