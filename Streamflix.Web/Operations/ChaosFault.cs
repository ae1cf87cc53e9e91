using System.Text.Json;

namespace Streamflix.Web.Operations;

/// <summary>
/// A traffic-wide fault, in Redis at <c>streamflix:chaos:{service}</c> with the fault's duration as
/// the key's expiry; every instance of the service applies it while the key exists. Read from the
/// key itself rather than from instance reports: the key is what the instances obey.
/// </summary>
public sealed record ChaosFault(string? Kind, int? LatencyMs, int? Percent)
{
    public const string KeyPrefix = "streamflix:chaos:";

    public const string KeyPattern = KeyPrefix + "*";

    public static ChaosFault? TryParse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var fault = JsonSerializer.Deserialize(json, InstanceReportJsonContext.Default.ChaosFault);
            return fault is { Kind.Length: > 0 } ? fault : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>"latency 2000 ms on 100 % of requests", "error on 50 % of requests".</summary>
    public string Describe() =>
        (Kind == "latency" && LatencyMs is { } latency ? $"latency {latency} ms" : Kind)
        + $" on {Percent ?? 100} % of requests";
}
