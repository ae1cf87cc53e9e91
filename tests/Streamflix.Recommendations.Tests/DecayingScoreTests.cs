using Microsoft.Extensions.Time.Testing;
using Streamflix.Recommendations.Events;
using Streamflix.Recommendations.Model;
using Streamflix.Recommendations.Redis;

namespace Streamflix.Recommendations.Tests;

public sealed class DecayingScoreTests
{
    private static readonly TimeSpan HalfLife = TimeSpan.FromHours(24);

    [Fact]
    public void A_score_halves_every_half_life()
    {
        var clock = new FakeTimeProvider(Signals.Now);
        var (score, asOf) = DecayingScore.Add(0, clock.GetUtcNow(), 8, clock.GetUtcNow(), HalfLife);

        clock.Advance(HalfLife);
        Assert.Equal(4, DecayingScore.ValueAt(score, asOf, clock.GetUtcNow(), HalfLife), 9);
        clock.Advance(HalfLife);
        Assert.Equal(2, DecayingScore.ValueAt(score, asOf, clock.GetUtcNow(), HalfLife), 9);
        clock.Advance(TimeSpan.FromHours(12));
        Assert.Equal(2 / Math.Sqrt(2), DecayingScore.ValueAt(score, asOf, clock.GetUtcNow(), HalfLife), 9);
    }

    [Fact]
    public void A_bump_decays_what_was_there_then_adds_one()
    {
        var clock = new FakeTimeProvider(Signals.Now);
        var (score, asOf) = DecayingScore.Add(0, clock.GetUtcNow(), 1, clock.GetUtcNow(), HalfLife);
        clock.Advance(HalfLife);

        (score, asOf) = DecayingScore.Add(score, asOf, 1, clock.GetUtcNow(), HalfLife);

        Assert.Equal(1.5, score, 9);
        Assert.Equal(clock.GetUtcNow(), asOf);
    }

    [Fact]
    public void A_late_event_adds_its_decayed_share_without_moving_time_back()
    {
        var (score, asOf) = DecayingScore.Add(2, Signals.Now, 1, Signals.Now - HalfLife, HalfLife);

        Assert.Equal(2.5, score, 9);
        Assert.Equal(Signals.Now, asOf);
    }

    [Fact]
    public void Events_in_any_order_give_the_same_score()
    {
        var first = Signals.Now;
        var second = Signals.Now.AddHours(7);
        var inOrder = DecayingScore.Add(0, first, 1, first, HalfLife);
        inOrder = DecayingScore.Add(inOrder.Score, inOrder.AsOf, 1, second, HalfLife);
        var reversed = DecayingScore.Add(0, second, 1, second, HalfLife);
        reversed = DecayingScore.Add(reversed.Score, reversed.AsOf, 1, first, HalfLife);

        Assert.Equal(inOrder.Score, reversed.Score, 12);
        Assert.Equal(inOrder.AsOf, reversed.AsOf);
    }

    [Fact]
    public void Reading_before_the_as_of_time_never_grows_the_score()
    {
        Assert.Equal(3, DecayingScore.ValueAt(3, Signals.Now, Signals.Now.AddMinutes(-5), HalfLife));
    }

    [Fact]
    public void Event_time_is_its_own_unless_it_lies_in_the_future()
    {
        var clock = new FakeTimeProvider(Signals.Now);

        Assert.Equal(Signals.Now.AddHours(-3), EventTime.Of(Signals.Now.AddHours(-3), clock));
        Assert.Equal(Signals.Now, EventTime.Of(Signals.Now.AddSeconds(2), clock));
        Assert.Equal(Signals.Now, EventTime.Of(default, clock));
    }

    [Fact]
    public void Stored_rows_are_current_only_for_the_same_kids_flag_catalogue_and_while_fresh()
    {
        var clock = new FakeTimeProvider(Signals.Now);
        var stored = new StoredRows([], ColdStart: true, clock.GetUtcNow(), 1, IsKids: false, CatalogVersion: 4);
        var freshFor = TimeSpan.FromMinutes(5);

        Assert.True(stored.IsCurrent(false, 4, clock.GetUtcNow(), freshFor));
        Assert.False(stored.IsCurrent(true, 4, clock.GetUtcNow(), freshFor));
        Assert.False(stored.IsCurrent(false, 5, clock.GetUtcNow(), freshFor));
        clock.Advance(freshFor);
        Assert.False(stored.IsCurrent(false, 4, clock.GetUtcNow(), freshFor));
    }
}
