namespace Streamflix.ServiceDefaults.RateLimiting;

/// <summary>
/// Bound from "RateLimits". The defaults protect a real deployment; the AppHost passes raised
/// values from its own "RateLimits" configuration when tests or benchmarks sign up hundreds of
/// viewers from one address.
/// </summary>
public sealed class RateLimitsOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>
    /// Sign-in attempts per email: a person retyping a password needs a handful; guessing needs
    /// thousands. Accounts also locks an email out after repeated failures; this caps every attempt.
    /// </summary>
    public WindowLimit SignIn { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(5) };

    /// <summary>New accounts per client address: a household signs up a few, a script signs up many.</summary>
    public WindowLimit SignUp { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromHours(1) };

    /// <summary>Presses of Play per account: zapping through titles stays far below, a scraper does not.</summary>
    public WindowLimit PlaybackStart { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    /// <summary>
    /// Shared by the site and accounts: only a call carrying this key may say which viewer address it
    /// acts for (otherwise any caller could pick a fresh partition per request). Unset: never trusted.
    /// </summary>
    public string? ForwardedAddressKey { get; set; }
}

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/> and partition.</summary>
public sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
