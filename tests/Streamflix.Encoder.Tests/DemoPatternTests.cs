using Streamflix.Encoder.Encoding;

namespace Streamflix.Encoder.Tests;

public sealed class DemoPatternTests
{
    [Fact]
    public void The_same_title_always_gets_the_same_pattern_rate_and_tone() =>
        Assert.Equal(DemoPattern.Choose("the-long-night"), DemoPattern.Choose("the-long-night"));

    [Fact]
    public void The_choice_is_stable_across_processes()
    {
        // Pinned: a randomised hash (string.GetHashCode) would change a title's look after a restart.
        Assert.Equal(new DemoPattern("rgbtestsrc", 25, 275), DemoPattern.Choose("the-long-night"));
    }

    [Fact]
    public void Titles_spread_over_every_pattern_at_24_or_25_fps()
    {
        var patterns = Enumerable.Range(0, 200).Select(i => DemoPattern.Choose($"title-{i}")).ToList();

        Assert.Equal(DemoPattern.PatternNames.Order(), patterns.Select(p => p.Name).Distinct().Order());
        Assert.All(patterns, p => Assert.Contains(p.FramesPerSecond, new[] { 24, 25 }));
        Assert.All(patterns, p => Assert.InRange(p.ToneHertz, 220, 825));
    }

    [Fact]
    public void Source_graph_has_the_requested_size_and_rate()
    {
        Assert.Equal("testsrc2=size=1280x720:rate=24", new DemoPattern("testsrc2", 24, 440).SourceGraph(1280, 720));
        Assert.StartsWith("life=size=320x180:rate=25", new DemoPattern("life", 25, 440).SourceGraph(1280, 720));
        Assert.EndsWith("scale=1280:720:flags=neighbor", new DemoPattern("life", 25, 440).SourceGraph(1280, 720));
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(20, 20)]
    [InlineData(45, 45)]
    [InlineData(600, 60)]
    public void Demo_duration_is_clamped_to_20_to_60_seconds(int requested, int expected) =>
        Assert.Equal(expected, DemoSourceArguments.ClampDuration(requested));
}
