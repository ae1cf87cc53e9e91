using System.Globalization;

namespace Streamflix.ServiceDefaults.Chaos;

/// <summary>
/// The query of <c>POST /chaos/inject?kind=latency&amp;latencyMs=2000&amp;percent=100&amp;seconds=30</c>,
/// checked field by field so that a bad request gets a problem naming every wrong field.
/// </summary>
public static class ServerFaultRequest
{
    public const int MaxSeconds = 3600;
    public const int DefaultSeconds = 30;

    public static bool TryParse(string? kind, string? latencyMs, string? percent, string? seconds,
        out ServerFault fault, out TimeSpan duration, out Dictionary<string, string[]> errors)
    {
        errors = [];
        fault = null!;
        duration = default;

        var normalisedKind = kind?.Trim().ToLowerInvariant();
        if (normalisedKind is not (ServerFault.LatencyKind or ServerFault.ErrorKind))
        {
            errors["kind"] = ["kind must be 'latency' or 'error'."];
        }

        var latency = 0;
        if (normalisedKind == ServerFault.LatencyKind
            && !TryWhole(latencyMs, 1, FaultScenarioParser.MaxLatencyMs, out latency))
        {
            errors["latencyMs"] = [$"latencyMs must be a whole number from 1 to {FaultScenarioParser.MaxLatencyMs} for a latency fault."];
        }
        else if (normalisedKind == ServerFault.ErrorKind && latencyMs is not null)
        {
            errors["latencyMs"] = ["latencyMs applies only to kind=latency."];
        }

        var share = 100;
        if (percent is not null && !TryWhole(percent, 1, 100, out share))
        {
            errors["percent"] = ["percent must be a whole number from 1 to 100."];
        }

        var lasting = DefaultSeconds;
        if (seconds is not null && !TryWhole(seconds, 1, MaxSeconds, out lasting))
        {
            errors["seconds"] = [$"seconds must be a whole number from 1 to {MaxSeconds}."];
        }

        if (errors.Count > 0)
        {
            return false;
        }

        fault = new ServerFault(normalisedKind!, latency, share);
        duration = TimeSpan.FromSeconds(lasting);
        return true;
    }

    private static bool TryWhole(string? text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
}
