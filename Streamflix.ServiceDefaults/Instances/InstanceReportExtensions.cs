using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Streamflix.ServiceDefaults.Instances;

public static class InstanceReportExtensions
{
    /// <summary>
    /// The instance report writer; it stays idle unless the process has Redis (a registered
    /// IConnectionMultiplexer or a <c>redis</c> connection string). Parts with figures register an
    /// <see cref="IInstanceFiguresSource"/>.
    /// </summary>
    public static IHostApplicationBuilder AddInstanceReports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<InstanceReporter>();
        return builder;
    }
}
