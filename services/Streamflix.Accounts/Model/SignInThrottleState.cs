namespace Streamflix.Accounts.Model;

/// <summary>Recent failed sign-ins for one normalised email, as <see cref="SignInThrottleRule"/> needs them.</summary>
public sealed record SignInThrottleState(int Failures, DateTimeOffset? LastFailureAt, DateTimeOffset? LockedUntil)
{
    public static SignInThrottleState None { get; } = new(0, null, null);
}
