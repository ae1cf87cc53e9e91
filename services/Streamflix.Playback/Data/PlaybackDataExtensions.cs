using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Streamflix.Playback.Data;

public static class PlaybackDataExtensions
{
    /// <summary>Connection name the AppHost passes as ConnectionStrings__playbackdb.</summary>
    public const string ConnectionName = "playbackdb";

    /// <summary>Postgres through EF Core (pooling, retries, health check and telemetry from Aspire).</summary>
    public static IHostApplicationBuilder AddPlaybackData(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<PlaybackDbContext>(ConnectionName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<PlaybackReader>();
        builder.Services.AddScoped<PlaybackWriter>();
        builder.Services.AddSingleton<SessionStartWriter>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SessionStartWriter>());
        return builder;
    }
}
