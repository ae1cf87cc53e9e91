using System.Text.Json;

namespace Streamflix.EventBus.Outbox;

/// <summary>The JSON object of string headers kept in an outbox row's "headers" column.</summary>
internal static class OutboxHeaders
{
    public static string? Serialize(IReadOnlyDictionary<string, string>? headers) =>
        headers is null || headers.Count == 0 ? null : JsonSerializer.Serialize(headers);

    /// <summary>
    /// Null when there are none or the column does not hold a JSON object of strings: headers only
    /// carry trace context, and a damaged one must not keep the event from being published.
    /// </summary>
    public static IReadOnlyDictionary<string, string>? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(json);
            return headers is { Count: > 0 } ? headers : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
