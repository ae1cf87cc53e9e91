namespace Streamflix.Accounts.Model;

/// <summary>The stored throttle of one normalised email (row per email, locked while a sign-in decides).</summary>
public sealed class SignInThrottle
{
    public string Email { get; init; } = "";

    public int Failures { get; set; }

    public DateTimeOffset? LastFailureAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public SignInThrottleState State => new(Failures, LastFailureAt, LockedUntil);

    public void Apply(SignInThrottleState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Failures = state.Failures;
        LastFailureAt = state.LastFailureAt;
        LockedUntil = state.LockedUntil;
    }
}
