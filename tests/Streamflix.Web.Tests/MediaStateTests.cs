using Streamflix.Catalog.Contracts;
using Streamflix.Web.Catalog;

namespace Streamflix.Web.Tests;

public sealed class MediaStateTests
{
    [Fact]
    public void Ready_media_shows_its_qualities_and_length()
    {
        var media = new TitleMedia { Status = MediaStatus.Ready, DurationSeconds = 42.4 };
        media.Renditions.Add(new MediaRendition { Name = "240p" });
        media.Renditions.Add(new MediaRendition { Name = "480p" });
        media.Renditions.Add(new MediaRendition { Name = "720p" });

        var state = MediaState.From(media);

        Assert.True(state.IsPlayable);
        Assert.Equal("ready", state.Status);
        Assert.Equal("Ready · 3 qualities · 0:42", state.Label);
    }

    [Fact]
    public void Encoding_media_shows_whole_percent()
    {
        var state = MediaState.From(new TitleMedia { Status = MediaStatus.Encoding, Percent = 41.7 });

        Assert.False(state.IsPlayable);
        Assert.Equal("Encoding 41 %", state.Label);
        Assert.Equal(41.7, state.Percent);
    }

    [Fact]
    public void Failed_media_shows_the_reason()
    {
        var state = MediaState.From(new TitleMedia { Status = MediaStatus.Failed, FailureReason = "not a video" });

        Assert.Equal("failed", state.Status);
        Assert.Equal("Encoding failed: not a video", state.Label);
    }

    [Theory]
    [InlineData(MediaStatus.None, "none")]
    [InlineData(MediaStatus.Unspecified, "none")]
    [InlineData(MediaStatus.Queued, "queued")]
    public void Other_statuses_map_to_a_label(MediaStatus status, string expected)
    {
        Assert.Equal(expected, MediaState.From(new TitleMedia { Status = status }).Status);
    }

    [Fact]
    public void A_title_without_media_is_not_playable()
    {
        Assert.False(MediaState.From(null).IsPlayable);
    }

    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(59.6, "1:00")]
    [InlineData(3725, "1:02:05")]
    public void Durations_read_like_a_player_clock(double seconds, string expected)
    {
        Assert.Equal(expected, MediaState.FormatDuration(seconds));
    }
}
