using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Streamflix.AppHost.Chaos;

public static class ChaosMonkeyBuilderExtensions
{
    /// <summary>Adds the Chaos Monkey when <c>ChaosMonkey:Enabled</c> is true; otherwise nothing.</summary>
    public static IDistributedApplicationBuilder AddChaosMonkey(this IDistributedApplicationBuilder builder)
    {
        var options = ChaosMonkeyOptions.From(builder.Configuration);
        if (options.Enabled)
        {
            builder.Services.AddSingleton(options);
            builder.Services.TryAddSingleton(TimeProvider.System);
            builder.Services.AddHostedService<ChaosMonkey>();
        }

        return builder;
    }
}
