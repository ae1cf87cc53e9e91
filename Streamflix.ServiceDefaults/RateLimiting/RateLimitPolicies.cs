namespace Streamflix.ServiceDefaults.RateLimiting;

/// <summary>Names for [EnableRateLimiting(...)] on the RPCs they guard.</summary>
public static class RateLimitPolicies
{
    /// <summary>Partitioned by the email being signed into (see <see cref="RateLimitPartitions.SignInEmailItem"/>).</summary>
    public const string SignIn = "sign-in";

    /// <summary>Partitioned by the client address (the viewer's, when the site vouches for it).</summary>
    public const string SignUp = "sign-up";

    /// <summary>Partitioned by the caller's account.</summary>
    public const string PlaybackStart = "playback-start";
}
