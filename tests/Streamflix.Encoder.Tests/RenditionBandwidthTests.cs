using Streamflix.Encoder.Encoding;

namespace Streamflix.Encoder.Tests;

public sealed class RenditionBandwidthTests
{
    [Fact]
    public void Peak_is_the_highest_segment_rate_and_average_the_whole_rate()
    {
        // 200 kB in 4 s = 400 kbit/s; 300 kB in 4 s = 600 kbit/s; 50 kB in 2 s = 200 kbit/s.
        var bandwidth = RenditionBandwidth.Measure([(4, 200_000), (4, 300_000), (2, 50_000)]);

        Assert.Equal(600_000, bandwidth.Peak);
        Assert.Equal(440_000, bandwidth.Average); // 550 kB * 8 / 10 s
    }

    [Fact]
    public void A_short_last_segment_with_a_high_rate_sets_the_peak()
    {
        var bandwidth = RenditionBandwidth.Measure([(4, 100_000), (0.5, 40_000)]);

        Assert.Equal(640_000, bandwidth.Peak);
    }

    [Fact]
    public void Rates_are_rounded_up_never_down() =>
        Assert.Equal(3, RenditionBandwidth.Measure([(3, 1)]).Peak);

    [Fact]
    public void No_segments_is_an_error() =>
        Assert.Throws<ArgumentException>(() => RenditionBandwidth.Measure([]));
}
