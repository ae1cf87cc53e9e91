using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Streamflix.Catalog.Contracts;
using Streamflix.Playback.Upstream;

namespace Streamflix.Playback.Tests;

public sealed class LastGoodTitlesTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-11-28T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    private LastGoodTitles Titles(int staleSeconds = 600) =>
        new(Options.Create(new PlaybackOptions { TitleStaleSeconds = staleSeconds }), _clock);

    private static Title Ready(string id) => new() { Id = id, Media = new TitleMedia { Status = MediaStatus.Ready } };

    [Fact]
    public void A_ready_title_is_kept_within_the_stale_window()
    {
        var titles = Titles();
        titles.Remember(Ready("orbit-of-glass"));
        _clock.Advance(TimeSpan.FromSeconds(599));

        Assert.True(titles.TryGet("orbit-of-glass", out var title));
        Assert.Equal("orbit-of-glass", title.Id);
    }

    [Fact]
    public void A_copy_older_than_the_window_is_not_used()
    {
        var titles = Titles();
        titles.Remember(Ready("orbit-of-glass"));
        _clock.Advance(TimeSpan.FromSeconds(600));

        Assert.False(titles.TryGet("orbit-of-glass", out _));
    }

    [Fact]
    public void A_title_that_is_not_ready_is_never_kept()
    {
        var titles = Titles();
        titles.Remember(new Title { Id = "encoding-now", Media = new TitleMedia { Status = MediaStatus.Encoding } });

        Assert.False(titles.TryGet("encoding-now", out _));
    }

    [Fact]
    public void A_window_of_zero_turns_the_fallback_off()
    {
        var titles = Titles(staleSeconds: 0);
        titles.Remember(Ready("orbit-of-glass"));

        Assert.False(titles.TryGet("orbit-of-glass", out _));
    }

    [Fact]
    public void A_negative_window_is_refused_at_start() =>
        Assert.Contains("Playback:TitleStaleSeconds must be 0 or more.",
            new PlaybackOptions { TitleStaleSeconds = -1 }.Problems());
}
