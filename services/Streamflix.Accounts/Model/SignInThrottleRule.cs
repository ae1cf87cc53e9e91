namespace Streamflix.Accounts.Model;

/// <summary>
/// Slows password guessing for one email: the first <see cref="FreeFailures"/> failures cost
/// nothing; the fifth locks the email for a minute, and each failure after a lockout doubles it,
/// up to <see cref="MaxLockout"/>. Failures are forgotten after <see cref="Window"/> without a
/// failure or a lockout, and at once on a success. It counts per email, not per account, so that
/// unknown emails behave the same as known ones.
/// </summary>
public static class SignInThrottleRule
{
    public const int FreeFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan FirstLockout = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxLockout = TimeSpan.FromMinutes(15);

    /// <summary>How long the caller must wait before trying again, or null when it may try now.</summary>
    public static TimeSpan? RetryAfter(SignInThrottleState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.LockedUntil is { } until && until > now ? until - now : null;
    }

    public static SignInThrottleState RecordFailure(SignInThrottleState state, DateTimeOffset now)
    {
        var failures = Current(state, now).Failures + 1;
        var lockout = Lockout(failures);
        return new SignInThrottleState(failures, now, lockout > TimeSpan.Zero ? now + lockout : null);
    }

    public static SignInThrottleState RecordSuccess() => SignInThrottleState.None;

    /// <summary>The state with old failures forgotten: once the window has passed since the last failure or lockout.</summary>
    public static SignInThrottleState Current(SignInThrottleState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.LastFailureAt is not { } lastFailure)
        {
            return SignInThrottleState.None;
        }

        var quietSince = state.LockedUntil is { } until && until > lastFailure ? until : lastFailure;
        return now - quietSince >= Window ? SignInThrottleState.None : state;
    }

    /// <summary>Zero below <see cref="FreeFailures"/>; then 1, 2, 4, 8 minutes, and 15 from the ninth failure on.</summary>
    public static TimeSpan Lockout(int failures)
    {
        if (failures < FreeFailures)
        {
            return TimeSpan.Zero;
        }

        // 2^4 minutes already exceeds the cap; a bounded exponent keeps the shift from overflowing.
        var doublings = Math.Min(failures - FreeFailures, 4);
        var lockout = FirstLockout * (1 << doublings);
        return lockout < MaxLockout ? lockout : MaxLockout;
    }

    /// <summary>The refusal's wording, in whole seconds rounded up so that "0 seconds" is never said.</summary>
    public static string RefusalMessage(TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));
        return $"Too many failed sign-ins; try again in {seconds} seconds.";
    }
}
