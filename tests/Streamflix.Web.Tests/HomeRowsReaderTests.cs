using Grpc.Core;
using Microsoft.Extensions.Logging;
using Streamflix.Recommendations.Contracts;
using Streamflix.Web.Recommendations;
using static Streamflix.Web.Tests.RecommendationSamples;

namespace Streamflix.Web.Tests;

public sealed class HomeRowsReaderTests : IDisposable
{
    private readonly HomeRowsFixture _fixture = new();

    public HomeRowsReaderTests()
    {
        _fixture.Catalog.Titles = _ => CatalogTitles("a", "b", "c", "cartoon-kids");
        _fixture.Catalog.HomeRows = _ => CatalogSamples.HomeRows("a", "b");
    }

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task A_profile_gets_its_recommended_rows_resolved_through_the_catalog()
    {
        _fixture.Recommendations.OnGetRows = _ => Rows(
            Row("because:a", RowKind.BecauseYouWatched, "Because you watched Title a", "c", "b"),
            Row("trending", RowKind.Trending, "Trending now", "a"));

        var rows = await _fixture.Reader.ReadAsync(PlaybackSamples.Adult, CancellationToken.None);

        Assert.True(rows.IsLive);
        Assert.Equal("live", rows.Source);
        Assert.Null(rows.Catalog);
        Assert.Equal(["because:a", "trending"], rows.Recommended.Select(r => r.Id));
        Assert.Equal(["c", "b"], rows.Recommended[0].Titles.Select(t => t.Id));
        // One directory read for every title of every row, and no genre rows.
        Assert.Equal(["ListTitles"], _fixture.Catalog.Calls);
    }

    [Fact]
    public async Task The_request_names_the_profile_and_the_row_sizes_and_carries_the_viewers_token()
    {
        _fixture.Recommendations.OnGetRows = _ => Rows(Row("trending", RowKind.Trending, "Trending", "a"));

        await _fixture.Reader.ReadAsync(PlaybackSamples.Adult, CancellationToken.None);

        var (request, authorization) = Assert.Single(_fixture.Recommendations.Calls);
        Assert.Equal(PlaybackSamples.Adult.Id, request.ProfileId);
        Assert.Equal(12, request.TitlesPerRow);
        Assert.Equal(8, request.MaxRows);
        Assert.Equal($"Bearer {AccountSamples.AccessToken()}", authorization);
    }

    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.DeadlineExceeded)]
    [InlineData(StatusCode.NotFound)]
    [InlineData(StatusCode.Internal)]
    public async Task When_recommendations_fail_the_catalog_genre_rows_are_shown_and_the_reason_logged(StatusCode code)
    {
        _fixture.Recommendations.OnGetRows = _ => throw FakeUnaryCall.Failure(code, "circuit open");

        var rows = await _fixture.Reader.ReadAsync(PlaybackSamples.Adult, CancellationToken.None);

        Assert.False(rows.IsLive);
        Assert.Equal("fallback", rows.Source);
        Assert.Empty(rows.Recommended);
        Assert.Equal(["a", "b"], Assert.Single(rows.Catalog!.Value!.Rows).Titles.Select(t => t.Id));
        var (level, message) = Assert.Single(_fixture.Log.Entries);
        Assert.Equal(LogLevel.Information, level);
        Assert.Contains(code.ToString(), message);
    }

    [Fact]
    public async Task A_viewer_without_a_profile_gets_the_catalog_rows_without_asking_recommendations()
    {
        var rows = await _fixture.Reader.ReadAsync(profile: null, CancellationToken.None);

        Assert.False(rows.IsLive);
        Assert.Single(rows.Catalog!.Value!.Rows);
        Assert.Empty(_fixture.Recommendations.Calls);
    }

    [Fact]
    public async Task When_the_catalog_cannot_resolve_the_titles_the_genre_rows_are_shown()
    {
        _fixture.Recommendations.OnGetRows = _ => Rows(Row("trending", RowKind.Trending, "Trending", "a"));
        _fixture.Catalog.Titles = _ => throw FakeCatalogClient.Failure(StatusCode.Unavailable);

        var rows = await _fixture.Reader.ReadAsync(PlaybackSamples.Adult, CancellationToken.None);

        Assert.False(rows.IsLive);
        Assert.True(rows.Catalog!.IsOk);
    }

    [Fact]
    public async Task An_answer_with_nothing_to_show_falls_back_to_the_genre_rows()
    {
        _fixture.Recommendations.OnGetRows = _ => Rows(Row("new", RowKind.New, "New", "unknown-1", "unknown-2"));

        var rows = await _fixture.Reader.ReadAsync(PlaybackSamples.Adult, CancellationToken.None);

        Assert.False(rows.IsLive);
        Assert.Single(rows.Catalog!.Value!.Rows);
    }

    [Fact]
    public async Task A_kids_profile_sees_only_kids_titles_live_and_in_the_fallback()
    {
        _fixture.Recommendations.OnGetRows = _ => Rows(Row("popular", RowKind.Popular, "Popular", "a", "cartoon-kids"));
        _fixture.Catalog.HomeRows = _ =>
        {
            var home = CatalogSamples.HomeRows("thriller", "cartoon");
            home.Rows[0].Titles[1].IsKids = true;
            return home;
        };

        var live = await _fixture.Reader.ReadAsync(PlaybackSamples.Child, CancellationToken.None);
        _fixture.Recommendations.OnGetRows = _ => throw FakeUnaryCall.Failure(StatusCode.Unavailable);
        var fallback = await _fixture.Reader.ReadAsync(PlaybackSamples.Child, CancellationToken.None);

        Assert.Equal(["cartoon-kids"], Assert.Single(live.Recommended).Titles.Select(t => t.Id));
        Assert.Equal(["cartoon"], Assert.Single(fallback.Catalog!.Value!.Rows).Titles.Select(t => t.Id));
    }

    [Fact]
    public async Task With_recommendations_and_the_catalog_both_down_the_rows_are_unavailable_not_an_error()
    {
        _fixture.Recommendations.OnGetRows = _ => throw FakeUnaryCall.Failure(StatusCode.Unavailable);
        _fixture.Catalog.HomeRows = _ => throw FakeCatalogClient.Failure(StatusCode.Unavailable);

        var rows = await _fixture.Reader.ReadAsync(PlaybackSamples.Adult, CancellationToken.None);

        Assert.False(rows.IsLive);
        Assert.False(rows.Catalog!.IsOk);
    }
}
