using Streamflix.Catalog.Contracts;
using Streamflix.Playback.Model;
using Streamflix.Playback.Upstream;

namespace Streamflix.Playback.Tests;

public sealed class PlayableTitleTests
{
    private static Title CatalogTitle(MediaStatus status, double percent = 0, string path = "the-long-night/v3/master.m3u8") => new()
    {
        Id = "the-long-night",
        IsKids = true,
        Media = new TitleMedia
        {
            Status = status,
            Percent = percent,
            DurationSeconds = 42.5,
            MasterPlaylistPath = path,
            Renditions =
            {
                new MediaRendition { Name = "480p", Width = 854, Height = 480, Bandwidth = 1_400_000 },
                new MediaRendition { Name = "720p", Width = 1280, Height = 720, Bandwidth = 2_800_000 },
            },
        },
    };

    [Fact]
    public void A_ready_catalog_title_becomes_playable_with_its_path_relative_to_the_title()
    {
        var title = TitleSource.ToPlayable(CatalogTitle(MediaStatus.Ready));

        Assert.Equal("the-long-night", title.TitleId);
        Assert.True(title.IsKids);
        Assert.Equal(42.5, title.DurationSeconds);
        Assert.Equal("v3/master.m3u8", title.MasterPlaylist);
        Assert.Equal(["480p", "720p"], title.Renditions.Select(r => r.Name));
        Assert.Equal(new PlayableRendition("720p", 1280, 720, 2_800_000), title.Renditions[1]);
    }

    [Theory]
    [InlineData(MediaStatus.Queued, 0, "This title is queued for encoding; try again soon.")]
    [InlineData(MediaStatus.Encoding, 42.7, "This title is still encoding (42 %); try again soon.")]
    [InlineData(MediaStatus.Failed, 0, "This title's video failed to encode and cannot be played.")]
    [InlineData(MediaStatus.None, 0, "This title has no video yet.")]
    [InlineData(MediaStatus.Unspecified, 0, "This title has no video yet.")]
    public void A_title_that_is_not_ready_is_refused_with_how_far_it_is(MediaStatus status, double percent, string message)
    {
        var refusal = Assert.Throws<PlaybackRefusedException>(() => TitleSource.ToPlayable(CatalogTitle(status, percent)));

        Assert.Equal(RefusalReason.NotReady, refusal.Reason);
        Assert.Equal(message, refusal.Message);
    }

    [Fact]
    public void A_title_without_media_is_not_ready()
    {
        var refusal = Assert.Throws<PlaybackRefusedException>(() => TitleSource.ToPlayable(new Title { Id = "t1" }));

        Assert.Equal(RefusalReason.NotReady, refusal.Reason);
    }

    [Theory]
    [InlineData("other-title/v1/master.m3u8")]
    [InlineData("the-long-night/../secret/master.m3u8")]
    [InlineData("the-long-night/")]
    [InlineData("")]
    public void A_ready_title_whose_playlist_is_outside_its_folder_is_not_ready(string path)
    {
        var refusal = Assert.Throws<PlaybackRefusedException>(() => TitleSource.ToPlayable(CatalogTitle(MediaStatus.Ready, path: path)));

        Assert.Equal(RefusalReason.NotReady, refusal.Reason);
    }

    [Fact]
    public void A_ready_title_without_renditions_is_not_ready()
    {
        var title = CatalogTitle(MediaStatus.Ready);
        title.Media.Renditions.Clear();

        Assert.Equal(RefusalReason.NotReady, Assert.Throws<PlaybackRefusedException>(() => TitleSource.ToPlayable(title)).Reason);
    }

    [Fact]
    public void The_encoding_percentage_never_reads_100_before_the_title_is_ready()
    {
        Assert.Equal("This title is still encoding (99 %); try again soon.", PlayableTitle.NotReadyMessage(MediaState.Encoding, 100));
    }
}
