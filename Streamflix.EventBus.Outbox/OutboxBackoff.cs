namespace Streamflix.EventBus.Outbox;

/// <summary>
/// Wait before the next attempt after <c>n</c> failed ones: first · 2^(n−1), capped, then
/// jittered down by up to half so that rows (and replicas) that failed together do not retry in
/// lockstep when the broker comes back.
/// </summary>
internal static class OutboxBackoff
{
    /// <param name="failedAttempts">Failures so far, at least 1.</param>
    /// <param name="jitter">A sample in [0, 1): 0 gives half the capped delay, values near 1 nearly all of it.</param>
    public static TimeSpan Delay(int failedAttempts, TimeSpan first, TimeSpan max, double jitter)
    {
        if (first <= TimeSpan.Zero || max <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Clamp(failedAttempts - 1, 0, 30);
        var uncapped = first.Ticks * Math.Pow(2, exponent);
        var capped = Math.Min(uncapped, max.Ticks);
        var factor = 0.5 + (0.5 * Math.Clamp(jitter, 0, 1));
        return TimeSpan.FromTicks((long)(capped * factor));
    }
}
