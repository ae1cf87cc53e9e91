using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Streamflix.Catalog.Contracts;
using Streamflix.Edge.Contracts;
using Streamflix.Playback.Redis;
using Streamflix.Playback.Upstream;

namespace Streamflix.Playback.Sessions;

public static class PlaybackSessionsExtensions
{
    /// <summary>
    /// Sessions: the "Playback" options (checked at start), the media signing key, and Redis
    /// ("redis") for stream leases, edge heartbeats and cached entitlements.
    /// </summary>
    public static IHostApplicationBuilder AddPlaybackSessions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PlaybackOptions>()
            .BindConfiguration(PlaybackOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PlaybackOptions>, PlaybackOptionsValidator>();

        builder.Services.AddSingleton(MediaSigningKeyHolder.FromConfiguration(builder.Configuration));
        builder.AddRedisClient("redis");
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StreamLeases>();
        builder.Services.AddSingleton<EdgeDirectory>();
        builder.Services.AddSingleton<CoalescedCache<string, IReadOnlyList<EdgeHeartbeat>>>();
        builder.Services.AddSingleton<CoalescedCache<string, Title>>();
        builder.Services.AddSingleton<LastGoodTitles>();
        builder.Services.AddSingleton<EntitlementCache>();
        builder.Services.AddScoped<SessionStarter>();
        builder.Services.AddScoped<SessionTracker>();
        return builder;
    }
}
