using Streamflix.Encoder.Encoding;

namespace Streamflix.Encoder.Tests;

public sealed class ProgressLineTests
{
    [Theory]
    [InlineData("out_time_us=20010667", 20010667)]
    [InlineData("out_time_ms=4000000", 4000000)] // microseconds too, despite the name
    [InlineData("out_time_us=0", 0)]
    public void Out_time_is_read_in_microseconds(string line, long microseconds)
    {
        var parsed = ProgressLine.Parse(line);

        Assert.NotNull(parsed);
        Assert.Equal(TimeSpan.FromMicroseconds(microseconds), parsed.Value.OutTime);
        Assert.False(parsed.Value.IsEnd);
    }

    [Fact]
    public void Progress_end_marks_the_end()
    {
        var parsed = ProgressLine.Parse("progress=end");

        Assert.NotNull(parsed);
        Assert.True(parsed.Value.IsEnd);
    }

    [Theory]
    [InlineData("progress=continue")]
    [InlineData("out_time_us=N/A")]
    [InlineData("out_time_us=-9223372036854775807")]
    [InlineData("out_time=00:00:20.010667")]
    [InlineData("frame=480")]
    [InlineData("speed=1.51x")]
    [InlineData("")]
    [InlineData("garbage")]
    public void Other_lines_say_nothing(string line) => Assert.Null(ProgressLine.Parse(line));
}
