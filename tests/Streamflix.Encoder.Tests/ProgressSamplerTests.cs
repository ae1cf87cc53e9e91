using Streamflix.Encoder.Encoding;

namespace Streamflix.Encoder.Tests;

public sealed class ProgressSamplerTests
{
    private static TimeSpan At(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void Small_steps_within_three_seconds_are_not_published()
    {
        var sampler = new ProgressSampler(At(0));

        Assert.False(sampler.ShouldPublish(2, At(0.5)));
        Assert.False(sampler.ShouldPublish(9.9, At(2.9)));
    }

    [Fact]
    public void Ten_points_past_the_last_publication_is_published_at_once()
    {
        var sampler = new ProgressSampler(At(0));

        Assert.True(sampler.ShouldPublish(10, At(0.5)));
        Assert.False(sampler.ShouldPublish(19, At(1)));
        Assert.True(sampler.ShouldPublish(20, At(1.5)));
    }

    [Fact]
    public void Three_seconds_after_the_last_publication_any_movement_is_published()
    {
        var sampler = new ProgressSampler(At(0));

        Assert.True(sampler.ShouldPublish(3, At(3)));
        Assert.False(sampler.ShouldPublish(4, At(5.9)));
        Assert.True(sampler.ShouldPublish(4.5, At(6)));
        Assert.False(sampler.ShouldPublish(4.5, At(20))); // no movement, nothing new to say
    }

    [Fact]
    public void One_hundred_percent_is_published_exactly_once()
    {
        var sampler = new ProgressSampler(At(0));
        Assert.True(sampler.ShouldPublish(95, At(1)));

        Assert.True(sampler.ShouldPublish(100, At(1.1)));
        Assert.False(sampler.ShouldPublish(100, At(10)));
    }
}
