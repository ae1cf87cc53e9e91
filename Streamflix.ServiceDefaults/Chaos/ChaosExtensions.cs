using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Streamflix.ServiceDefaults.Chaos;

public static class ChaosExtensions
{
    /// <summary>
    /// Fault injection, off unless <c>Chaos:Enabled</c>: the request's <c>x-streamflix-fault</c>
    /// scope and the shared Redis fault applied to incoming requests (both as the first
    /// middleware, through a startup filter, so no service has to remember them). Refuses
    /// Production.
    /// </summary>
    public static IHostApplicationBuilder AddChaos(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ChaosOptions.SectionName).Get<ChaosOptions>() ?? new ChaosOptions();
        ChaosProductionGuard.ThrowIfRefused(options, builder.Environment, ServiceIdentity.ServiceName(builder.Configuration, builder.Environment));

        builder.Services.AddOptions<ChaosOptions>().BindConfiguration(ChaosOptions.SectionName)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.PollInterval <= TimeSpan.FromSeconds(1),
                "Chaos:PollInterval must be positive and at most 1 s.");
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(services => ServiceIdentity.From(
            services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>(), services.GetRequiredService<TimeProvider>()));
        builder.Services.TryAddSingleton<RedisConnectionSource>();
        builder.Services.TryAddSingleton<ServerFaultStore>();
        builder.Services.TryAddSingleton<ServerFaultMonitor>();
        builder.Services.AddTransient<FaultInjectionHandler>();

        if (options.Enabled)
        {
            builder.Services.AddHostedService(services => services.GetRequiredService<ServerFaultMonitor>());
            builder.Services.AddSingleton<IStartupFilter, ChaosStartupFilter>();
        }

        return builder;
    }

    /// <summary>The /chaos endpoints, when chaos is enabled (called by MapDefaultEndpoints).</summary>
    public static WebApplication MapChaosWhenEnabled(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>($"{ChaosOptions.SectionName}:{nameof(ChaosOptions.Enabled)}"))
        {
            app.MapChaosEndpoints();
        }

        return app;
    }

    private sealed class ChaosStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseMiddleware<FaultScopeMiddleware>();
            app.UseMiddleware<ServerFaultMiddleware>();
            next(app);
        };
    }
}
