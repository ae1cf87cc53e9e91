using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Streamflix.Accounts.Data;

/// <summary>The accounts service's own spans and metrics (ServiceDefaults subscribes to "Streamflix.*").</summary>
public static class AccountsTelemetry
{
    public const string Name = "Streamflix.Accounts";

    public static readonly ActivitySource ActivitySource = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> SignUps = Meter.CreateCounter<long>(
        "streamflix.accounts.sign_ups", unit: "{account}", description: "Accounts created.");

    public static readonly Counter<long> SignInsFailed = Meter.CreateCounter<long>(
        "streamflix.accounts.sign_ins.failed", unit: "{attempt}", description: "Sign-ins refused for a wrong email or password.");

    public static readonly Counter<long> SignInsThrottled = Meter.CreateCounter<long>(
        "streamflix.accounts.sign_ins.throttled", unit: "{attempt}", description: "Sign-ins refused by the throttle without checking the password.");

    public static readonly Counter<long> RefreshTokenReuse = Meter.CreateCounter<long>(
        "streamflix.accounts.refresh_tokens.reused", unit: "{family}", description: "Spent refresh tokens presented again; their families were revoked.");
}
