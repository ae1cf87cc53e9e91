using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Streamflix.Catalog.Contracts;
using Streamflix.Playback.Contracts;
using Streamflix.Recommendations.Contracts;
using Streamflix.Web.Accounts;
using Streamflix.Web.Catalog;
using Streamflix.Web.Components.Pages;
using Streamflix.Web.Playback;
using static Streamflix.Web.Tests.RecommendationSamples;

namespace Streamflix.Web.Tests;

/// <summary>
/// The home page's rows as prerendering writes them: the markers browser and integration tests
/// look for (data-recommendations on the container, data-row-id / data-row-kind on each row).
/// </summary>
public sealed class HomeRowsMarkupTests : IDisposable
{
    private readonly CatalogBrowserFixture _fixture = new();
    private readonly FakeRecommendationsClient _recommendations = new();
    private readonly FakePlaybackClient _playback = new() { OnContinueWatching = _ => new GetContinueWatchingResponse() };
    private readonly TestAuthenticationState _user = new() { User = AccountSamples.SignedIn(profile: PlaybackSamples.Adult) };
    private readonly ServiceProvider _services;

    public HomeRowsMarkupTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(_fixture.Browser);
        services.AddSingleton<NavigationManager, TestNavigationManager>();
        services.AddSingleton<AuthenticationStateProvider>(_user);
        services.AddScoped<UserTokens>();
        services.AddSingleton<PlaybackService.PlaybackServiceClient>(_playback);
        services.AddSingleton<CatalogService.CatalogServiceClient>(_fixture.Catalog);
        services.AddScoped<ContinueWatchingReader>();
        services.AddHomeRows(_fixture, _recommendations);
        _services = services.BuildServiceProvider();

        _fixture.Catalog.Titles = _ => CatalogTitles("a", "b", "c");
        _fixture.Catalog.HomeRows = _ => CatalogSamples.HomeRows("a", "b");
    }

    public void Dispose()
    {
        _services.Dispose();
        _fixture.Dispose();
    }

    [Fact]
    public async Task Live_rows_are_marked_and_each_row_carries_its_id_kind_and_heading()
    {
        _recommendations.OnGetRows = _ => Rows(
            Row("because:the-long-night", RowKind.BecauseYouWatched, "Because you watched The Long Night", "b", "c"),
            Row("genre:sci-fi", RowKind.Genre, "Sci-Fi for you", "a"));

        var html = await RenderHomeAsync();

        Assert.Contains("data-testid=\"home-rows\" data-recommendations=\"live\"", html);
        Assert.Equal(2, Count(html, "data-testid=\"home-row\""));
        Assert.Contains("data-testid=\"home-row\" data-row-id=\"because:the-long-night\" data-row-kind=\"because-you-watched\"", html);
        Assert.Contains("data-row-id=\"genre:sci-fi\" data-row-kind=\"genre\"", html);
        Assert.Contains("<h2>Because you watched The Long Night</h2>", html);
        Assert.True(html.IndexOf("href=\"/title/b\"", StringComparison.Ordinal) < html.IndexOf("href=\"/title/c\"", StringComparison.Ordinal));
        Assert.True(html.IndexOf("because:the-long-night", StringComparison.Ordinal) < html.IndexOf("genre:sci-fi", StringComparison.Ordinal));
        Assert.Equal(3, Count(html, "data-testid=\"title-card\""));
        Assert.DoesNotContain("data-testid=\"genre-row\"", html);
    }

    [Fact]
    public async Task When_recommendations_fail_the_page_shows_the_genre_rows_marked_as_fallback()
    {
        _recommendations.OnGetRows = _ => throw FakeUnaryCall.Failure(StatusCode.DeadlineExceeded);

        var html = await RenderHomeAsync();

        Assert.Contains("data-testid=\"home-rows\" data-recommendations=\"fallback\"", html);
        Assert.Contains("data-testid=\"genre-row\" data-genre=\"sci-fi\" data-row-id=\"genre:sci-fi\" data-row-kind=\"genre\"", html);
        Assert.Contains("<h2>Sci-Fi</h2>", html);
        Assert.Equal(2, Count(html, "data-testid=\"title-card\""));
        Assert.DoesNotContain("data-testid=\"home-row\"", html);
    }

    [Fact]
    public async Task A_signed_out_visitor_gets_the_genre_rows_marked_as_fallback()
    {
        _user.User = new(new System.Security.Claims.ClaimsIdentity());
        _recommendations.OnGetRows = _ => Rows(Row("trending", RowKind.Trending, "Trending", "a"));

        var html = await RenderHomeAsync();

        Assert.Contains("data-recommendations=\"fallback\"", html);
        Assert.Contains("data-testid=\"genre-row\"", html);
        Assert.Empty(_recommendations.Calls);
    }

    [Fact]
    public async Task With_everything_down_the_page_still_renders_the_unavailable_element_inside_the_marked_container()
    {
        _recommendations.OnGetRows = _ => throw FakeUnaryCall.Failure(StatusCode.Unavailable);
        _fixture.Catalog.HomeRows = _ => throw FakeCatalogClient.Failure(StatusCode.Unavailable);

        var html = await RenderHomeAsync();

        Assert.Matches("data-recommendations=\"fallback\">\\s*<div class=\"catalog-unavailable\"", html);
    }

    private async Task<string> RenderHomeAsync()
    {
        await using var renderer = new HtmlRenderer(_services, _services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<Home>(ParameterView.Empty);
            await output.QuiescenceTask;
            return output.ToHtmlString();
        });
    }

    private static int Count(string html, string marker) =>
        (html.Length - html.Replace(marker, "", StringComparison.Ordinal).Length) / marker.Length;
}
