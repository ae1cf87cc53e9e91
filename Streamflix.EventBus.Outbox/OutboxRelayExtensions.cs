using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Streamflix.EventBus.Outbox;

namespace Microsoft.Extensions.Hosting;

public static class OutboxRelayExtensions
{
    /// <summary>
    /// Runs a hosted relay that publishes the rows staged with
    /// <c>AddOutboxEvent</c> through the event bus (call after AddEventBus), and attaches an
    /// interceptor to <typeparamref name="TDbContext"/>'s options (pooled or not, registered
    /// before or after this call) that wakes the relay when a commit stored outbox rows.
    /// Options come from the "Outbox" configuration section.
    /// </summary>
    public static IHostApplicationBuilder AddOutboxRelay<TDbContext>(this IHostApplicationBuilder builder)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(OutboxRelaySignal<TDbContext>)))
        {
            return builder;
        }

        services.AddOptions<OutboxOptions>()
            .BindConfiguration(OutboxOptions.SectionName)
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Outbox:PollInterval must be positive.")
            .Validate(o => o.BatchSize is >= 1 and <= 10_000, "Outbox:BatchSize must be between 1 and 10000.")
            .Validate(o => o.FirstRetryDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.FirstRetryDelay,
                "Outbox:FirstRetryDelay must be positive and at most Outbox:MaxRetryDelay.")
            .Validate(o => o.Retention > TimeSpan.Zero, "Outbox:Retention must be positive.")
            .Validate(o => o.CleanupInterval > TimeSpan.Zero, "Outbox:CleanupInterval must be positive.")
            .Validate(o => o.PendingMeasureInterval > TimeSpan.Zero, "Outbox:PendingMeasureInterval must be positive.")
            .ValidateOnStart();

        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxTelemetry>();
        services.AddSingleton<OutboxRelaySignal<TDbContext>>();
        services.AddSingleton<OutboxCommitInterceptor<TDbContext>>();

        // ConfigureDbContext is applied by AddDbContext and AddDbContextPool alike (Aspire's
        // AddNpgsqlDbContext pools), whichever is called first. Singleton: a pool builds its options
        // once, from the root provider.
        services.ConfigureDbContext<TDbContext>(
            (provider, options) => options.AddInterceptors(provider.GetRequiredService<OutboxCommitInterceptor<TDbContext>>()),
            ServiceLifetime.Singleton);

        services.AddSingleton<OutboxRelay<TDbContext>>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxRelay<TDbContext>>());
        return builder;
    }
}
