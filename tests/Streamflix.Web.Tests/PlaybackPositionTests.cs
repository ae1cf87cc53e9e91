using Streamflix.Web.Playback;

namespace Streamflix.Web.Tests;

public sealed class PlaybackPositionTests
{
    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(754.9, "12:34")]
    [InlineData(3723, "1:02:03")]
    [InlineData(double.NaN, "0:00")]
    [InlineData(-5, "0:00")]
    public void Positions_read_as_minutes_and_seconds(double seconds, string expected) =>
        Assert.Equal(expected, PlaybackPosition.Format(seconds));

    [Theory]
    [InlineData(150, 600, 25)]
    [InlineData(700, 600, 100)]
    [InlineData(150, 0, 0)]
    [InlineData(double.NaN, 600, 0)]
    public void Progress_is_a_bounded_percentage(double position, double duration, double expected) =>
        Assert.Equal(expected, PlaybackPosition.Percent(position, duration), 3);
}
