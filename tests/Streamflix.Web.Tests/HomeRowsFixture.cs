using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Streamflix.Web.Accounts;
using Streamflix.Web.Catalog;
using Streamflix.Web.Recommendations;

namespace Streamflix.Web.Tests;

/// <summary>The home rows reader over fake recommendations and a fake catalog, signed in as the test sets.</summary>
internal sealed class HomeRowsFixture : IDisposable
{
    public CatalogBrowserFixture Browser { get; } = new();
    public FakeRecommendationsClient Recommendations { get; } = new();
    public TestAuthenticationState User { get; } = new() { User = AccountSamples.SignedIn(profile: PlaybackSamples.Adult) };
    public RecordingLogger<HomeRowsReader> Log { get; } = new();

    public FakeCatalogClient Catalog => Browser.Catalog;
    public FakeTimeProvider Clock => Browser.Clock;
    public MemoryCache Cache => Browser.Cache;

    public TitleDirectory Titles => new(Catalog, Cache, Clock, NullLogger<TitleDirectory>.Instance);

    public HomeRowsReader Reader => new(Recommendations, Browser.Browser, Titles, new UserTokens(User), Log);

    public void Dispose() => Browser.Dispose();
}
