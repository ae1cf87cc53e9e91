using Streamflix.EventBus.Outbox;

namespace Streamflix.EventBus.Tests;

public sealed class OutboxBackoffTests
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    public void Delay_doubles_per_failure_before_jitter(int failures, int fullSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(fullSeconds / 2.0), OutboxBackoff.Delay(failures, First, Max, jitter: 0));
        Assert.Equal(TimeSpan.FromSeconds(fullSeconds), OutboxBackoff.Delay(failures, First, Max, jitter: 1));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(40)]
    [InlineData(int.MaxValue)]
    public void Delay_never_exceeds_the_cap_however_many_failures(int failures)
    {
        foreach (var jitter in new[] { 0.0, 0.37, 0.999999 })
        {
            var delay = OutboxBackoff.Delay(failures, First, Max, jitter);
            Assert.InRange(delay, Max / 2, Max);
        }
    }

    [Fact]
    public void Jitter_spreads_retries_of_rows_that_failed_together()
    {
        var delays = Enumerable.Range(0, 10).Select(i => OutboxBackoff.Delay(3, First, Max, i / 10.0)).ToArray();

        Assert.Equal(delays.Length, delays.Distinct().Count());
        Assert.All(delays, d => Assert.InRange(d, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)));
    }

    [Fact]
    public void First_failure_waits_at_most_the_first_delay()
    {
        Assert.InRange(OutboxBackoff.Delay(1, First, Max, Random.Shared.NextDouble()), First / 2, First);
        Assert.InRange(OutboxBackoff.Delay(0, First, Max, 0.5), First / 2, First);
    }
}
