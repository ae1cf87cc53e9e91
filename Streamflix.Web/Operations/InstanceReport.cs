using System.Text.Json;
using System.Text.Json.Serialization;

namespace Streamflix.Web.Operations;

/// <summary>
/// What one process of a service says about itself every 5 s, in Redis at
/// <c>streamflix:instances:{service}:{instanceId}</c> (expiring after 15 s), as the contract in
/// ServiceDefaults writes it. Lists and <see cref="Extra"/> may be missing: a service that calls
/// nobody has no circuits, one that consumes no events has no dead-letter queues.
/// </summary>
public sealed record InstanceReport(
    string? Service,
    string? InstanceId,
    DateTimeOffset StartedAt,
    DateTimeOffset ReportedAt,
    string? Health,
    IReadOnlyList<CircuitReport>? Circuits,
    ChaosReport? Chaos,
    IReadOnlyList<DeadLetterReport>? DeadLetters,
    IReadOnlyDictionary<string, JsonElement>? Extra)
{
    public const string KeyPrefix = "streamflix:instances:";

    public const string KeyPattern = KeyPrefix + "*";

    /// <summary>The encoder's job queue depth, in <see cref="Extra"/>.</summary>
    public const string EncodingQueueDepth = "encodingQueueDepth";

    public static string KeyFor(string service, string instanceId) => $"{KeyPrefix}{service}:{instanceId}";

    /// <summary>
    /// The report in <paramref name="json"/>, or null when it is not one: not JSON, the wrong
    /// shape, or without the service, instance and report time that every row needs.
    /// </summary>
    public static InstanceReport? TryParse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var report = JsonSerializer.Deserialize(json, InstanceReportJsonContext.Default.InstanceReport);
            return report is { Service.Length: > 0, InstanceId.Length: > 0 } && report.ReportedAt != default
                && (report.Circuits ?? []).All(circuit => circuit is { Target.Length: > 0 })
                && (report.DeadLetters ?? []).All(queue => queue is { Queue.Length: > 0 })
                    ? report
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// A figure from <see cref="Extra"/> as text. The contract writes strings; a number is read
    /// too, so that a writer emitting <c>3</c> instead of <c>"3"</c> is still shown.
    /// </summary>
    public string? ExtraValue(string name) =>
        Extra is not null && Extra.TryGetValue(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}

/// <summary>One caller→target circuit of an instance, with its bulkhead.</summary>
public sealed record CircuitReport(string? Target, string? State, int BulkheadInUse, int BulkheadQueued, long Rejected)
{
    public const string Closed = "closed";
    public const string HalfOpen = "half-open";
    public const string Open = "open";
}

/// <summary>The traffic-wide fault an instance applies, as the chaos key describes it.</summary>
public sealed record ChaosReport(string? Kind, int? LatencyMs, int? Percent, DateTimeOffset? ExpiresAt);

/// <summary>How many messages wait in a dead-letter queue the instance consumes for.</summary>
public sealed record DeadLetterReport(string? Queue, long Depth);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(InstanceReport))]
[JsonSerializable(typeof(ChaosFault))]
internal sealed partial class InstanceReportJsonContext : JsonSerializerContext;
