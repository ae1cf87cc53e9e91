using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Streamflix.Catalog.Contracts;
using Streamflix.Playback.Contracts;
using Streamflix.Web.Accounts;
using Streamflix.Web.Playback;

namespace Streamflix.Web.Tests;

public sealed class ContinueWatchingTests
{
    private readonly FakePlaybackClient _playback = new();
    private readonly FakeCatalogClient _catalog = new();
    private readonly TestAuthenticationState _user = new() { User = AccountSamples.SignedIn(profile: PlaybackSamples.Adult) };
    private readonly ContinueWatchingReader _reader;

    public ContinueWatchingTests()
    {
        _reader = new ContinueWatchingReader(_playback, _catalog, new UserTokens(_user), NullLogger<ContinueWatchingReader>.Instance);
        _catalog.Title = request => PlaybackSamples.ReadyTitle(request.Id, name: $"Title {request.Id}");
    }

    [Fact]
    public async Task The_row_asks_for_the_profile_with_the_viewers_token_and_resolves_titles_through_the_catalog()
    {
        _playback.OnContinueWatching = _ => new() { Items = { PlaybackSamples.Watched("a", 150, 600) } };

        var row = await _reader.ReadAsync(PlaybackSamples.Adult, CancellationToken.None);

        var (_, request, authorization) = Assert.Single(_playback.Calls);
        Assert.Equal(PlaybackSamples.Adult.Id, ((GetContinueWatchingRequest)request).ProfileId);
        Assert.Equal(ContinueWatchingReader.RowLimit, ((GetContinueWatchingRequest)request).Limit);
        Assert.Equal($"Bearer {Viewer.From(_user.User)!.AccessToken}", authorization);
        var item = Assert.Single(row);
        Assert.Equal("Title a", item.Title.Name);
        Assert.Equal(150, item.PositionSeconds);
        Assert.Equal(25, item.Percent, 3);
    }

    [Fact]
    public async Task Finished_titles_are_left_out_and_the_most_recent_comes_first()
    {
        _playback.OnContinueWatching = _ => new()
        {
            Items =
            {
                PlaybackSamples.Watched("older", 100, minutesAgo: 60),
                PlaybackSamples.Watched("done", 600, finished: true, minutesAgo: 1),
                PlaybackSamples.Watched("newest", 200, minutesAgo: 5),
                PlaybackSamples.Watched("untouched", 0, minutesAgo: 2),
            },
        };

        var row = await _reader.ReadAsync(PlaybackSamples.Adult, CancellationToken.None);

        Assert.Equal(["newest", "older"], row.Select(i => i.Title.Id));
    }

    [Fact]
    public async Task A_title_the_catalog_no_longer_has_is_left_out()
    {
        _playback.OnContinueWatching = _ => new() { Items = { PlaybackSamples.Watched("gone", 100), PlaybackSamples.Watched("here", 100, minutesAgo: 1) } };
        _catalog.Title = request => request.Id == "gone"
            ? throw FakeCatalogClient.Failure(StatusCode.NotFound)
            : PlaybackSamples.ReadyTitle(request.Id);

        var row = await _reader.ReadAsync(PlaybackSamples.Adult, CancellationToken.None);

        Assert.Equal(["here"], row.Select(i => i.Title.Id));
    }

    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.DeadlineExceeded)]
    [InlineData(StatusCode.Internal)]
    public async Task Playback_being_down_gives_no_row(StatusCode code)
    {
        _playback.OnContinueWatching = _ => throw FakeUnaryCall.Failure(code);

        var row = await _reader.ReadAsync(PlaybackSamples.Adult, CancellationToken.None);

        Assert.Empty(row);
        Assert.Empty(_catalog.Calls);
    }

    [Fact]
    public async Task A_kids_profile_sees_only_kids_titles()
    {
        _playback.OnContinueWatching = _ => new() { Items = { PlaybackSamples.Watched("cartoon", 100), PlaybackSamples.Watched("thriller", 100, minutesAgo: 1) } };
        _catalog.Title = request => PlaybackSamples.ReadyTitle(request.Id, kids: request.Id == "cartoon");

        var row = await _reader.ReadAsync(PlaybackSamples.Child, CancellationToken.None);

        Assert.Equal(["cartoon"], row.Select(i => i.Title.Id));
    }

    [Fact]
    public async Task The_catalogs_duration_fills_in_when_playback_has_none()
    {
        _playback.OnContinueWatching = _ => new() { Items = { PlaybackSamples.Watched("a", 300, duration: 0) } };

        var item = Assert.Single(await _reader.ReadAsync(PlaybackSamples.Adult, CancellationToken.None));

        Assert.Equal(1200, item.DurationSeconds);
        Assert.Equal(25, item.Percent, 3);
    }

    [Fact]
    public async Task The_resume_position_is_the_unfinished_one_for_that_title()
    {
        _playback.OnContinueWatching = _ => new() { Items = { PlaybackSamples.Watched("other", 30), PlaybackSamples.Watched("a", 754) } };

        Assert.Equal(754, await _reader.ResumePositionAsync(PlaybackSamples.Adult, "a", CancellationToken.None));
        Assert.Null(await _reader.ResumePositionAsync(PlaybackSamples.Adult, "never-watched", CancellationToken.None));
        Assert.Equal(ContinueWatchingReader.LookupLimit, _playback.RequestsTo<GetContinueWatchingRequest>("GetContinueWatching").First().Limit);
    }

    [Fact]
    public async Task No_resume_position_when_playback_cannot_say()
    {
        _playback.OnContinueWatching = _ => throw FakeUnaryCall.Failure(StatusCode.Unavailable);

        Assert.Null(await _reader.ResumePositionAsync(PlaybackSamples.Adult, "a", CancellationToken.None));
    }
}
