using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Streamflix.AppHost;

/// <summary>
/// Logs one line when every resource of the graph is healthy, with the site's address: the
/// signal a developer waits for, and the one <c>bench/startup</c> times.
/// </summary>
internal sealed class GraphReadyReporter(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    ILogger<GraphReadyReporter> logger) : BackgroundService
{
    public const string ReadyMessagePrefix = "Streamflix graph ready";
    private const string DashboardResourceName = "aspire-dashboard";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var launched = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        var resources = model.Resources
            .Where(r => r is ProjectResource or ExecutableResource or ContainerResource or IResourceWithConnectionString)
            .Where(r => r.Name != DashboardResourceName)
            // Helpers Aspire adds (e.g. project rebuilders) and resources started by hand only.
            .Where(r => !r.Name.EndsWith("-rebuilder", StringComparison.Ordinal)
                && !r.Annotations.OfType<HiddenAnnotation>().Any()
                && !r.Annotations.OfType<ExplicitStartupAnnotation>().Any())
            .Select(r => r.Name)
            .ToArray();

        var pending = new HashSet<string>(resources);
        try
        {
            var waits = Task.WhenAll(resources.Select(async name =>
            {
                await notifications.WaitForResourceHealthyAsync(name, stoppingToken);
                lock (pending)
                {
                    pending.Remove(name);
                }
            }));
            while (await Task.WhenAny(waits, Task.Delay(TimeSpan.FromSeconds(30), stoppingToken)) != waits)
            {
                lock (pending)
                {
                    logger.LogWarning("Still waiting for {Resources} to become healthy", string.Join(", ", pending));
                }
            }

            await waits;
        }
        catch (OperationCanceledException)
        {
            return;
        }

        var seconds = (DateTime.UtcNow - launched).TotalSeconds;
        var site = model.Resources.OfType<ProjectResource>().FirstOrDefault(r => r.Name == "web") is { } web
            ? web.GetEndpoint("http").Url
            : "(no web resource)";
        logger.LogInformation("{Prefix}: {Count} resources healthy {Seconds:F1} s after launch. Site: {Site}",
            ReadyMessagePrefix, resources.Length, seconds, site);
    }
}
