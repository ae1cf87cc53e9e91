using Streamflix.Encoder.Encoding;

namespace Streamflix.Encoder.Tests;

public sealed class ProgressPercentTests
{
    [Theory]
    [InlineData(5, 20, 25)]
    [InlineData(0, 20, 0)]
    [InlineData(20, 20, 100)]
    [InlineData(20.01, 20, 100)] // ffmpeg overshoots by a frame
    [InlineData(1, 3, 33.3)]
    [InlineData(5, 0, 0)] // no duration: no percentage rather than infinity
    public void Percent_is_encoded_time_over_duration_clamped(double encodedSeconds, double duration, double expected) =>
        Assert.Equal(expected, ProgressPercent.Of(TimeSpan.FromSeconds(encodedSeconds), duration));
}
