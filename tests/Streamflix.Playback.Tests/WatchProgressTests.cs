using Streamflix.Playback.Model;

namespace Streamflix.Playback.Tests;

public sealed class WatchProgressTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(3420, 3600, true)]    // 95 % of an hour
    [InlineData(3419, 3600, false)]
    [InlineData(285, 300, true)]      // 95 % of five minutes
    [InlineData(57, 60, true)]        // 95 % of a minute
    [InlineData(45, 60, false)]       // a short title is not finished a quarter before its end
    [InlineData(8, 20, false)]        // nor a 20-second clip at second 8
    [InlineData(60, 60, true)]
    [InlineData(0, 3600, false)]
    [InlineData(0, 10, false)]        // not finished before it starts
    [InlineData(100, 0, false)]       // unknown duration: never finished
    public void A_title_is_finished_at_95_percent_of_its_duration(double position, double duration, bool finished)
    {
        Assert.Equal(finished, WatchProgress.IsFinished(position, duration));
    }

    [Fact]
    public void A_title_never_watched_starts_at_zero()
    {
        Assert.Equal(0, WatchProgress.ResumePosition(null));
    }

    [Fact]
    public void An_unfinished_title_resumes_where_it_was_left()
    {
        var progress = ViewingProgress.Of(Guid.NewGuid(), "the-long-night", Guid.NewGuid(), 1234.5, 3600, Now);

        Assert.False(progress.Finished);
        Assert.Equal(1234.5, WatchProgress.ResumePosition(progress));
    }

    [Fact]
    public void A_finished_title_starts_again_from_zero()
    {
        var progress = ViewingProgress.Of(Guid.NewGuid(), "the-long-night", Guid.NewGuid(), 3590, 3600, Now);

        Assert.True(progress.Finished);
        Assert.Equal(0, WatchProgress.ResumePosition(progress));
    }

    [Fact]
    public void Near_the_end_counts_as_finished_for_resume()
    {
        var progress = ViewingProgress.Of(Guid.NewGuid(), "short-clip", Guid.NewGuid(), 53, 55, Now);

        Assert.Equal(0, WatchProgress.ResumePosition(progress));
    }
}
