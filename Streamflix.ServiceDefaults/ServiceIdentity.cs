using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Streamflix.ServiceDefaults;

/// <summary>
/// Who this process is: its AppHost resource name (every replica of catalog is "catalog") and an
/// id unique to the process, for chaos keys, instance reports and metric tags.
/// </summary>
public sealed record ServiceIdentity(string Service, string InstanceId, DateTimeOffset StartedAt)
{
    public static ServiceIdentity From(IConfiguration configuration, IHostEnvironment environment, TimeProvider clock) =>
        new(ServiceName(configuration, environment), $"{Environment.MachineName}-{Environment.ProcessId}".ToLowerInvariant(), clock.GetUtcNow());

    /// <summary>
    /// The AppHost gives each project OTEL_SERVICE_NAME = its resource name; outside it (tests, a
    /// bare <c>dotnet run</c>) "Streamflix.Catalog" becomes "catalog".
    /// </summary>
    public static string ServiceName(IConfiguration configuration, IHostEnvironment environment) =>
        configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name
            ? name
            : environment.ApplicationName.Replace("Streamflix.", "", StringComparison.Ordinal).ToLowerInvariant();
}
