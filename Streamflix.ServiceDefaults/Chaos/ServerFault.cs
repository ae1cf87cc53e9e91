using System.Text.Json;
using System.Text.Json.Serialization;

namespace Streamflix.ServiceDefaults.Chaos;

/// <summary>
/// A fault every instance of a service applies to its own incoming requests, shared through the
/// Redis key <c>streamflix:chaos:{service}</c> as <c>{"kind":"latency"|"error","latencyMs":2000,"percent":100}</c>;
/// the key's expiry is the fault's duration.
/// </summary>
public sealed record ServerFault(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("latencyMs")] int LatencyMs,
    [property: JsonPropertyName("percent")] int Percent)
{
    public const string LatencyKind = "latency";
    public const string ErrorKind = "error";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>When the key expires; known after reading it (not part of the stored JSON).</summary>
    [JsonPropertyName("expiresAt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? ExpiresAt { get; init; }

    public static string KeyFor(string service) => $"streamflix:chaos:{service}";

    [JsonIgnore]
    public bool IsLatency => Kind == LatencyKind;

    public bool Hits(double roll) => roll < Percent / 100.0;

    /// <summary>The stored form, without the expiry (that is the key's TTL).</summary>
    public string ToJson() => JsonSerializer.Serialize(this with { ExpiresAt = null }, Json);

    /// <summary>Null for anything that is not a well-formed fault: a damaged key must not fail requests.</summary>
    public static ServerFault? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var fault = JsonSerializer.Deserialize<ServerFault>(json, Json);
            return fault is { Kind: LatencyKind or ErrorKind, Percent: >= 0 and <= 100, LatencyMs: >= 0 } ? fault : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
