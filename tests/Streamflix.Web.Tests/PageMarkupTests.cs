using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.AspNetCore.Components.Authorization;
using Streamflix.Catalog.Contracts;
using Streamflix.Playback.Contracts;
using Streamflix.Web.Accounts;
using Streamflix.Web.Catalog;
using Streamflix.Web.Playback;
using Streamflix.Web.Components.Pages;

namespace Streamflix.Web.Tests;

/// <summary>
/// Renders pages to HTML in-process, as prerendering does, to hold the markers that browser and
/// integration tests look for.
/// </summary>
public sealed class PageMarkupTests : IDisposable
{
    private const string UnavailableElement =
        """<div class="catalog-unavailable" data-testid="catalog-unavailable">The catalog is unavailable right now. Please try again in a moment.</div>""";

    private readonly CatalogBrowserFixture _fixture = new();
    private readonly ServiceProvider _services;

    public PageMarkupTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(_fixture.Browser);
        services.AddSingleton<NavigationManager, TestNavigationManager>();
        // Signed out: the catalog pages alone, without the viewer's extras (continue watching).
        services.AddSingleton<AuthenticationStateProvider>(new TestAuthenticationState());
        services.AddScoped<UserTokens>();
        services.AddSingleton<PlaybackService.PlaybackServiceClient>(new FakePlaybackClient());
        services.AddSingleton<CatalogService.CatalogServiceClient>(_fixture.Catalog);
        services.AddScoped<ContinueWatchingReader>();
        // Recommendations not set up: the home page shows the catalog's genre rows (its fallback).
        services.AddHomeRows(_fixture, new FakeRecommendationsClient());
        _services = services.BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _fixture.Dispose();
    }

    [Fact]
    public async Task Home_shows_the_unavailable_element_when_the_catalog_fails_and_nothing_is_kept()
    {
        _fixture.Catalog.HomeRows = _ => throw FakeCatalogClient.Failure(StatusCode.Unavailable);

        var html = await RenderAsync<Home>();

        Assert.Contains(UnavailableElement, html);
        Assert.DoesNotContain("data-testid=\"genre-row\"", html);
    }

    [Fact]
    public async Task Home_shows_one_row_per_genre_and_a_linked_card_per_title()
    {
        _fixture.Catalog.HomeRows = _ => CatalogSamples.HomeRows("a", "b");

        var html = await RenderAsync<Home>();

        Assert.Equal(1, Count(html, "data-testid=\"genre-row\""));
        Assert.Equal(2, Count(html, "data-testid=\"title-card\""));
        Assert.Contains("href=\"/title/a\"", html);
        Assert.Contains("linear-gradient(160deg, #1f2a44, #8a2be2)", html);
        Assert.DoesNotContain("catalog-unavailable", html);
        Assert.DoesNotContain("catalog-stale", html);
    }

    [Fact]
    public async Task Home_shows_kept_rows_with_a_notice_during_an_outage()
    {
        _fixture.Catalog.HomeRows = _ => CatalogSamples.HomeRows("a");
        await RenderAsync<Home>();
        _fixture.Catalog.HomeRows = _ => throw FakeCatalogClient.Failure(StatusCode.DeadlineExceeded);

        var html = await RenderAsync<Home>();

        Assert.Contains("data-testid=\"catalog-stale\"", html);
        Assert.Equal(1, Count(html, "data-testid=\"title-card\""));
        Assert.DoesNotContain("data-testid=\"catalog-unavailable\"", html);
    }

    [Fact]
    public async Task Title_page_shows_not_found_for_an_unknown_id()
    {
        _fixture.Catalog.Title = _ => throw FakeCatalogClient.Failure(StatusCode.NotFound);

        var html = await RenderAsync<TitlePage>(new() { [nameof(TitlePage.Id)] = "abc" });

        Assert.Contains("data-testid=\"title-not-found\"", html);
    }

    [Fact]
    public async Task Title_page_shows_the_unavailable_element_when_the_catalog_fails()
    {
        _fixture.Catalog.Title = _ => throw FakeCatalogClient.Failure(StatusCode.Internal, "NullReferenceException at Foo.cs:12");

        var html = await RenderAsync<TitlePage>(new() { [nameof(TitlePage.Id)] = "abc" });

        Assert.Contains(UnavailableElement, html);
        Assert.DoesNotContain("NullReferenceException", html);
    }

    [Fact]
    public async Task Title_page_shows_the_details()
    {
        _fixture.Catalog.Title = request => CatalogSamples.Title(request.Id);

        var html = await RenderAsync<TitlePage>(new() { [nameof(TitlePage.Id)] = "the-long-night" });

        Assert.Contains("data-testid=\"title-details\"", html);
        Assert.Contains("A city without sunrise.", html);
        Assert.Contains("Ada Lovelace, Alan Turing", html);
        Assert.Contains("1h 52m", html);
    }

    private async Task<string> RenderAsync<TPage>(Dictionary<string, object?>? parameters = null) where TPage : IComponent
    {
        await using var renderer = new HtmlRenderer(_services, _services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TPage>(ParameterView.FromDictionary(parameters ?? []));
            await output.QuiescenceTask;
            return output.ToHtmlString();
        });
    }

    private static int Count(string html, string marker) =>
        (html.Length - html.Replace(marker, "", StringComparison.Ordinal).Length) / marker.Length;
}
