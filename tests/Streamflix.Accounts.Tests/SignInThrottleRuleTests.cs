using Microsoft.Extensions.Time.Testing;
using Streamflix.Accounts.Model;

namespace Streamflix.Accounts.Tests;

public sealed class SignInThrottleRuleTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    private SignInThrottleState Fail(SignInThrottleState state, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Assert.Null(SignInThrottleRule.RetryAfter(state, _clock.GetUtcNow()));
            state = SignInThrottleRule.RecordFailure(state, _clock.GetUtcNow());
        }

        return state;
    }

    [Fact]
    public void Four_failures_do_not_lock()
    {
        var state = Fail(SignInThrottleState.None, 4);
        Assert.Equal(4, state.Failures);
        Assert.Null(SignInThrottleRule.RetryAfter(state, _clock.GetUtcNow()));
    }

    [Fact]
    public void The_fifth_failure_within_fifteen_minutes_locks_for_one_minute()
    {
        var state = Fail(SignInThrottleState.None);
        for (var i = 0; i < 4; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(3)); // the fifth lands 12 minutes after the first
            state = Fail(state);
        }

        Assert.Equal(TimeSpan.FromMinutes(1), SignInThrottleRule.RetryAfter(state, _clock.GetUtcNow()));

        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(TimeSpan.FromSeconds(1), SignInThrottleRule.RetryAfter(state, _clock.GetUtcNow()));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(SignInThrottleRule.RetryAfter(state, _clock.GetUtcNow()));
    }

    [Fact]
    public void Each_failure_after_a_lockout_doubles_it_up_to_fifteen_minutes()
    {
        var state = Fail(SignInThrottleState.None, 4);
        var observed = new List<TimeSpan>();
        for (var i = 0; i < 7; i++)
        {
            state = Fail(state);
            var wait = SignInThrottleRule.RetryAfter(state, _clock.GetUtcNow())!.Value;
            observed.Add(wait);
            _clock.Advance(wait); // the attacker waits out the lockout, then fails again
        }

        Assert.Equal(new[] { 1, 2, 4, 8, 15, 15, 15 }.Select(m => TimeSpan.FromMinutes(m)), observed);
    }

    [Fact]
    public void Failures_spread_over_more_than_fifteen_minutes_do_not_lock()
    {
        var state = SignInThrottleState.None;
        for (var i = 0; i < 10; i++)
        {
            state = Fail(state);
            _clock.Advance(TimeSpan.FromMinutes(15));
        }

        Assert.Equal(1, state.Failures);
        Assert.Null(SignInThrottleRule.RetryAfter(state, _clock.GetUtcNow()));
    }

    [Fact]
    public void Failures_are_forgotten_fifteen_quiet_minutes_after_a_lockout_ends()
    {
        var state = Fail(SignInThrottleState.None, 5); // locked for a minute
        _clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromMinutes(14));
        Assert.Equal(5, SignInThrottleRule.Current(state, _clock.GetUtcNow()).Failures);
        Assert.Equal(TimeSpan.FromMinutes(2), SignInThrottleRule.Lockout(SignInThrottleRule.RecordFailure(state, _clock.GetUtcNow()).Failures));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(SignInThrottleState.None, SignInThrottleRule.Current(state, _clock.GetUtcNow()));
        Assert.Equal(1, SignInThrottleRule.RecordFailure(state, _clock.GetUtcNow()).Failures);
    }

    [Fact]
    public void A_success_resets_the_count()
    {
        Fail(SignInThrottleState.None, 4);
        var state = SignInThrottleRule.RecordSuccess();
        state = Fail(state, 4);
        Assert.Null(SignInThrottleRule.RetryAfter(state, _clock.GetUtcNow()));
    }

    [Fact]
    public void The_refusal_names_whole_seconds_rounded_up()
    {
        Assert.Equal("Too many failed sign-ins; try again in 60 seconds.", SignInThrottleRule.RefusalMessage(TimeSpan.FromMinutes(1)));
        Assert.Equal("Too many failed sign-ins; try again in 2 seconds.", SignInThrottleRule.RefusalMessage(TimeSpan.FromMilliseconds(1001)));
        Assert.Equal("Too many failed sign-ins; try again in 1 seconds.", SignInThrottleRule.RefusalMessage(TimeSpan.FromMilliseconds(1)));
    }

    [Fact]
    public void Lockout_never_overflows_for_huge_failure_counts() =>
        Assert.Equal(TimeSpan.FromMinutes(15), SignInThrottleRule.Lockout(int.MaxValue));
}
