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
            .Select(r => r.Name)
            .ToArray();

        try
        {
            await Task.WhenAll(resources.Select(name => notifications.WaitForResourceHealthyAsync(name, stoppingToken)));
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
