using Streamflix.Encoder.Encoding;

namespace Streamflix.Encoder.Tests;

public sealed class OutputFrameRateTests
{
    [Theory]
    [InlineData(24, 24)]
    [InlineData(25, 25)]
    [InlineData(30, 30)]
    [InlineData(29.97, 29.97)]
    [InlineData(60, 30)]
    [InlineData(50, 25)]
    [InlineData(59.94, 29.97)]
    [InlineData(120, 30)]
    [InlineData(0, 24)]
    [InlineData(double.NaN, 24)]
    public void Rates_above_30_are_divided_down_and_unknown_rates_become_24(double source, double expected) =>
        Assert.Equal(expected, OutputFrameRate.Choose(source), 3);
}
