using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.JSInterop;
using Streamflix.Catalog.Contracts;
using Streamflix.Playback.Contracts;
using Streamflix.Web.Accounts;
using Streamflix.Web.Catalog;
using Streamflix.Web.Components.Pages;
using Streamflix.Web.Playback;

namespace Streamflix.Web.Tests;

/// <summary>
/// Renders the pages that lead to playing (title, home, search) and the player page as
/// prerendering does, to hold the markers browser tests look for and the rules the pages carry.
/// </summary>
public sealed class PlayerPagesMarkupTests : IDisposable
{
    private readonly CatalogBrowserFixture _fixture = new();
    private readonly FakePlaybackClient _playback = new();
    private readonly TestAuthenticationState _user = new() { User = AccountSamples.SignedIn(profile: PlaybackSamples.Adult) };
    private readonly TestNavigationManager _navigation = new();
    private readonly ServiceProvider _services;

    public PlayerPagesMarkupTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(_fixture.Browser);
        services.AddSingleton<NavigationManager>(_navigation);
        services.AddSupplyValueFromQueryProvider();
        services.AddSingleton<AuthenticationStateProvider>(_user);
        services.AddSingleton<IJSRuntime, UnusedJSRuntime>();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(AccountSamples.Now));
        services.AddSingleton<PlaybackService.PlaybackServiceClient>(_playback);
        services.AddSingleton<CatalogService.CatalogServiceClient>(_fixture.Catalog);
        services.AddScoped<UserTokens>();
        services.AddSingleton<SignInRenewals>();
        services.AddScoped<CircuitAccessToken>();
        services.AddTransient<PlayerSession>();
        services.AddScoped<ContinueWatchingReader>();
        // Recommendations not set up: the home page shows the catalog's genre rows (its fallback).
        services.AddHomeRows(_fixture, new FakeRecommendationsClient());
        _services = services.BuildServiceProvider();
        _playback.OnContinueWatching = _ => new GetContinueWatchingResponse();
    }

    public void Dispose()
    {
        _services.Dispose();
        _fixture.Dispose();
    }

    [Fact]
    public async Task A_ready_title_offers_play_linking_to_the_player()
    {
        _fixture.Catalog.Title = request => PlaybackSamples.ReadyTitle(request.Id);

        var html = await RenderAsync<TitlePage>(new() { [nameof(TitlePage.Id)] = "the-long-night" });

        Assert.Contains("data-testid=\"play-button\"", html);
        Assert.Contains("href=\"/watch/the-long-night\"", html);
        Assert.Matches(@"data-testid=""play-button""[^>]*>\s*Play\s*</a>", html);
    }

    [Fact]
    public async Task A_title_started_before_offers_to_resume_where_the_profile_stopped()
    {
        _fixture.Catalog.Title = request => PlaybackSamples.ReadyTitle(request.Id);
        _playback.OnContinueWatching = request => request.ProfileId == PlaybackSamples.Adult.Id
            ? new() { Items = { PlaybackSamples.Watched("the-long-night", 754.2) } }
            : new();

        var html = await RenderAsync<TitlePage>(new() { [nameof(TitlePage.Id)] = "the-long-night" });

        Assert.Contains("Resume from 12:34", html);
        Assert.Contains("data-resume=\"754\"", html);
    }

    [Fact]
    public async Task Playback_being_down_still_offers_play()
    {
        _fixture.Catalog.Title = request => PlaybackSamples.ReadyTitle(request.Id);
        _playback.OnContinueWatching = _ => throw FakeUnaryCall.Failure(StatusCode.Unavailable);

        var html = await RenderAsync<TitlePage>(new() { [nameof(TitlePage.Id)] = "the-long-night" });

        Assert.Contains("data-testid=\"play-button\"", html);
        Assert.DoesNotContain("Resume from", html);
    }

    [Fact]
    public async Task A_title_without_ready_media_offers_no_play_button()
    {
        _fixture.Catalog.Title = request =>
        {
            var title = PlaybackSamples.ReadyTitle(request.Id);
            title.Media.Status = MediaStatus.Encoding;
            return title;
        };

        var html = await RenderAsync<TitlePage>(new() { [nameof(TitlePage.Id)] = "the-long-night" });

        Assert.Contains("data-testid=\"title-details\"", html);
        Assert.DoesNotContain("play-button", html);
        Assert.Empty(_playback.Calls);
    }

    [Fact]
    public async Task Signed_out_visitors_get_play_without_asking_playback()
    {
        _user.User = new();
        _fixture.Catalog.Title = request => PlaybackSamples.ReadyTitle(request.Id);

        var html = await RenderAsync<TitlePage>(new() { [nameof(TitlePage.Id)] = "the-long-night" });

        Assert.Contains("data-testid=\"play-button\"", html);
        Assert.Empty(_playback.Calls);
    }

    [Fact]
    public async Task A_kids_profile_is_told_a_grown_up_title_is_not_for_it()
    {
        _user.User = AccountSamples.SignedIn(profile: PlaybackSamples.Child);
        _fixture.Catalog.Title = request => PlaybackSamples.ReadyTitle(request.Id, kids: false);

        var html = await RenderAsync<TitlePage>(new() { [nameof(TitlePage.Id)] = "the-long-night" });

        Assert.Contains("data-testid=\"kids-not-allowed\"", html);
        Assert.DoesNotContain("play-button", html);
        Assert.DoesNotContain("A city without sunrise.", html);
    }

    [Fact]
    public async Task A_kids_profile_may_play_a_kids_title()
    {
        _user.User = AccountSamples.SignedIn(profile: PlaybackSamples.Child);
        _fixture.Catalog.Title = request => PlaybackSamples.ReadyTitle(request.Id, kids: true);

        var html = await RenderAsync<TitlePage>(new() { [nameof(TitlePage.Id)] = "cartoon" });

        Assert.Contains("data-testid=\"play-button\"", html);
        Assert.DoesNotContain("kids-not-allowed", html);
    }

    [Fact]
    public async Task Home_starts_with_continue_watching_cards_that_link_to_the_player()
    {
        _fixture.Catalog.HomeRows = _ => CatalogSamples.HomeRows("a");
        _fixture.Catalog.Title = request => PlaybackSamples.ReadyTitle(request.Id, name: "Half Seen");
        _playback.OnContinueWatching = _ => new() { Items = { PlaybackSamples.Watched("half", 150, 600) } };

        var html = await RenderAsync<Home>();

        var row = html.IndexOf("data-testid=\"continue-watching\"", StringComparison.Ordinal);
        Assert.True(row >= 0);
        Assert.True(row < html.IndexOf("data-testid=\"genre-row\"", StringComparison.Ordinal), "the row comes first");
        Assert.Contains("href=\"/watch/half\"", html);
        Assert.Contains("Half Seen", html);
        Assert.Contains("width:25%", html);
        Assert.Contains("aria-valuenow=\"25\"", html);
    }

    [Fact]
    public async Task Home_without_anything_started_has_no_continue_row()
    {
        _fixture.Catalog.HomeRows = _ => CatalogSamples.HomeRows("a");

        var html = await RenderAsync<Home>();

        Assert.DoesNotContain("continue-watching", html);
        Assert.Contains("data-testid=\"genre-row\"", html);
    }

    [Fact]
    public async Task Home_with_playback_down_shows_the_catalog_rows_without_the_continue_row()
    {
        _fixture.Catalog.HomeRows = _ => CatalogSamples.HomeRows("a", "b");
        _playback.OnContinueWatching = _ => throw FakeUnaryCall.Failure(StatusCode.Unavailable);

        var html = await RenderAsync<Home>();

        Assert.DoesNotContain("continue-watching", html);
        Assert.Equal(2, Count(html, "data-testid=\"title-card\""));
    }

    [Fact]
    public async Task Home_for_a_kids_profile_shows_only_kids_titles()
    {
        _user.User = AccountSamples.SignedIn(profile: PlaybackSamples.Child);
        _fixture.Catalog.HomeRows = _ =>
        {
            var rows = CatalogSamples.HomeRows("cartoon", "thriller");
            rows.Rows[0].Titles[0].IsKids = true;
            return rows;
        };

        var html = await RenderAsync<Home>();

        Assert.Contains("href=\"/title/cartoon\"", html);
        Assert.DoesNotContain("/title/thriller", html);
    }

    [Fact]
    public async Task Search_for_a_kids_profile_shows_only_kids_titles()
    {
        _user.User = AccountSamples.SignedIn(profile: PlaybackSamples.Child);
        _navigation.NavigateTo("/search?q=night");
        _fixture.Catalog.Search = _ => new SearchTitlesResponse
        {
            Titles = { PlaybackSamples.ReadyTitle("cartoon-night", kids: true), PlaybackSamples.ReadyTitle("horror-night", kids: false) },
        };

        var html = await RenderAsync<Search>();

        Assert.Contains("href=\"/title/cartoon-night\"", html);
        Assert.DoesNotContain("horror-night", html);
    }

    [Fact]
    public async Task The_player_page_prerenders_the_video_and_quality_menu_without_starting_a_session()
    {
        _fixture.Catalog.Title = request => PlaybackSamples.ReadyTitle(request.Id);

        var html = await RenderAsync<Watch>(new() { [nameof(Watch.TitleId)] = "the-long-night" });

        Assert.Contains("data-testid=\"player\"", html);
        Assert.Contains("controls", html);
        Assert.Contains("data-testid=\"quality-menu\"", html);
        Assert.Contains("<option value=\"auto\">Auto</option>", html);
        Assert.Contains("The Long Night", html);
        // Prerendering must not take a stream slot: the circuit starts the one session.
        Assert.DoesNotContain(_playback.Calls, c => c.Method == "StartPlayback");
    }

    [Fact]
    public async Task The_player_page_without_a_chosen_profile_asks_who_is_watching_first()
    {
        _user.User = AccountSamples.SignedIn();
        _fixture.Catalog.Title = request => PlaybackSamples.ReadyTitle(request.Id);

        await RenderAsync<Watch>(new() { [nameof(Watch.TitleId)] = "the-long-night" });

        Assert.Equal("http://streamflix.test/profiles?returnUrl=%2Fwatch%2Fthe-long-night", _navigation.Uri);
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
