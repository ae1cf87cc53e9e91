using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Streamflix.Recommendations.Contracts;
using Streamflix.Web.Catalog;
using Streamflix.Web.Recommendations;

namespace Streamflix.Web.Tests;

/// <summary>What the home page needs for its rows, over the fakes of a test.</summary>
internal static class HomeRowsServices
{
    public static IServiceCollection AddHomeRows(
        this IServiceCollection services, CatalogBrowserFixture catalog, FakeRecommendationsClient recommendations)
    {
        services.AddSingleton<RecommendationsService.RecommendationsServiceClient>(recommendations);
        services.AddScoped(_ => new TitleDirectory(catalog.Catalog, catalog.Cache, catalog.Clock, NullLogger<TitleDirectory>.Instance));
        services.AddScoped<HomeRowsReader>();
        return services;
    }
}
