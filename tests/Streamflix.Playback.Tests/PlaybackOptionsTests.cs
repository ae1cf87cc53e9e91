namespace Streamflix.Playback.Tests;

public sealed class PlaybackOptionsTests
{
    [Fact]
    public void The_defaults_are_valid_and_heartbeat_every_10_seconds_for_a_30_second_lease()
    {
        var options = new PlaybackOptions();

        Assert.Empty(options.Problems());
        Assert.Equal(30, options.LeaseSeconds);
        Assert.Equal(10, options.EffectiveHeartbeatIntervalSeconds);
        Assert.Equal(TimeSpan.FromSeconds(6), options.EdgeStaleAfter);
        Assert.Equal("eu-west", options.DefaultRegion);
        Assert.Equal(TimeSpan.FromHours(6), options.UrlLifetime);
        Assert.Equal(TimeSpan.FromSeconds(30), options.ProgressSampleInterval);
    }

    [Theory]
    [InlineData(6, 2)]
    [InlineData(3, 1)]
    [InlineData(2, 1)]
    public void A_short_lease_gets_a_proportionally_short_heartbeat(int leaseSeconds, int heartbeatSeconds)
    {
        var options = new PlaybackOptions { LeaseSeconds = leaseSeconds };

        Assert.Empty(options.Problems());
        Assert.Equal(heartbeatSeconds, options.EffectiveHeartbeatIntervalSeconds);
    }

    [Theory]
    [InlineData(30, 30)]
    [InlineData(30, 45)]
    [InlineData(30, -1)]
    public void A_heartbeat_that_is_not_shorter_than_the_lease_is_refused(int leaseSeconds, int heartbeatSeconds)
    {
        var options = new PlaybackOptions { LeaseSeconds = leaseSeconds, HeartbeatIntervalSeconds = heartbeatSeconds };

        Assert.Contains(options.Problems(), p => p.Contains("Playback:HeartbeatIntervalSeconds", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_broken_setting_is_named()
    {
        var options = new PlaybackOptions
        {
            LeaseSeconds = 1,
            EdgeStaleAfter = TimeSpan.Zero,
            DefaultRegion = " ",
            UrlLifetime = TimeSpan.FromDays(8),
            ProgressSampleSeconds = 0,
            EntitlementCacheSeconds = 0,
            ProfileCacheSeconds = -1,
            TitleCacheSeconds = -1,
            EdgeSnapshotMilliseconds = -1,
        };

        var problems = string.Join('\n', options.Problems());

        foreach (var setting in new[] { "LeaseSeconds", "EdgeStaleAfter", "DefaultRegion", "UrlLifetime", "ProgressSampleSeconds", "EntitlementCacheSeconds", "ProfileCacheSeconds",
            "TitleCacheSeconds", "EdgeSnapshotMilliseconds" })
        {
            Assert.Contains("Playback:" + setting, problems, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_validator_fails_start_up_with_the_problems()
    {
        var result = new PlaybackOptionsValidator().Validate(null, new PlaybackOptions { LeaseSeconds = 10, HeartbeatIntervalSeconds = 10 });

        Assert.True(result.Failed);
        Assert.Contains("Playback:HeartbeatIntervalSeconds", result.FailureMessage, StringComparison.Ordinal);
        Assert.True(new PlaybackOptionsValidator().Validate(null, new PlaybackOptions()).Succeeded);
    }
}
