using Microsoft.Extensions.Configuration;
using Streamflix.AppHost.Chaos;

namespace Streamflix.AppHost.Tests;

public sealed class ChaosMonkeyOptionsTests
{
    private static ChaosMonkeyOptions Read(params (string Key, string Value)[] settings) =>
        ChaosMonkeyOptions.From(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build());

    [Fact]
    public void It_is_off_by_default_with_the_stateless_services_and_edges_as_targets()
    {
        var options = Read();

        Assert.False(options.Enabled);
        Assert.Equal(["catalog", "edge-1", "edge-2", "playback", "recommendations"], options.Targets.Order());
        Assert.DoesNotContain("postgres", options.Targets);
        Assert.Equal(ChaosMonkeyOptions.DefaultInterval, options.Interval);
        Assert.Equal(ChaosMonkeyOptions.DefaultDownTime, options.DownTime);
    }

    [Fact]
    public void Targets_and_timings_come_from_configuration()
    {
        var options = Read(("ChaosMonkey:Enabled", "true"), ("ChaosMonkey:Targets", "playback, edge-2"),
            ("ChaosMonkey:IntervalSeconds", "20"), ("ChaosMonkey:DownSeconds", "5"));

        Assert.True(options.Enabled);
        Assert.Equal(["edge-2", "playback"], options.Targets.Order());
        Assert.Equal(TimeSpan.FromSeconds(20), options.Interval);
        Assert.Equal(TimeSpan.FromSeconds(5), options.DownTime);
    }

    [Fact]
    public void Targets_may_be_an_array()
    {
        var options = Read(("ChaosMonkey:Targets:0", "catalog"), ("ChaosMonkey:Targets:1", "postgres"));

        Assert.Equal(["catalog", "postgres"], options.Targets.Order());
    }

    [Theory]
    [InlineData("ChaosMonkey:Enabled", "yes")]
    [InlineData("ChaosMonkey:IntervalSeconds", "0")]
    [InlineData("ChaosMonkey:DownSeconds", "-3")]
    [InlineData("ChaosMonkey:DownSeconds", "soon")]
    public void A_bad_value_throws_naming_the_setting(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read((key, value)));

        Assert.Contains(key, error.Message);
        Assert.Contains(value, error.Message);
    }
}
