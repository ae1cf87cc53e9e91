using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Streamflix.ServiceDefaults.RateLimiting;

public static class RateLimitingExtensions
{
    /// <summary>
    /// The ASP.NET Core rate limiter with the three Streamflix policies; only endpoints marked
    /// [EnableRateLimiting(RateLimitPolicies.X)] are limited. Limits from "RateLimits"
    /// (<see cref="RateLimitsOptions"/>), read once at start. In memory, per process: each replica
    /// counts on its own.
    /// </summary>
    public static TBuilder AddStreamflixRateLimiting<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var limits = builder.Configuration.GetSection(RateLimitsOptions.SectionName).Get<RateLimitsOptions>() ?? new RateLimitsOptions();
        builder.Services.AddRateLimiter(options => Configure(options, limits));
        return builder;
    }

    public static void Configure(RateLimiterOptions options, RateLimitsOptions limits)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(limits);
        options.OnRejected = RateLimitRejection.WriteAsync;
        options.AddPolicy(RateLimitPolicies.SignIn, context => Window(RateLimitPartitions.SignInEmail(context), limits.SignIn));
        options.AddPolicy(RateLimitPolicies.SignUp, context => Window(RateLimitPartitions.ClientAddress(context, limits.ForwardedAddressKey), limits.SignUp));
        options.AddPolicy(RateLimitPolicies.PlaybackStart, context => Window(RateLimitPartitions.Account(context), limits.PlaybackStart));
    }

    private static RateLimitPartition<string> Window(string partition, WindowLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            // Refuse at once with a time to come back, rather than hold a caller's request open.
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
