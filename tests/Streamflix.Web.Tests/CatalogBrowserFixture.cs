using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Streamflix.Web.Catalog;

namespace Streamflix.Web.Tests;

/// <summary>A browser over the fake catalog, with its own memory cache and a clock the test moves.</summary>
internal sealed class CatalogBrowserFixture : IDisposable
{
    public FakeCatalogClient Catalog { get; } = new();
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));
    public MemoryCache Cache { get; } = new(new MemoryCacheOptions());
    public CatalogBrowser Browser { get; }

    public CatalogBrowserFixture() =>
        Browser = new CatalogBrowser(Catalog, new LastGoodHomeRows(Cache, Clock), Cache, NullLogger<CatalogBrowser>.Instance);

    public void Dispose() => Cache.Dispose();
}
