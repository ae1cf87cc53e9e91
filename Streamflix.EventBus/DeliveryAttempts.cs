using System.Globalization;
using System.Text;

namespace Streamflix.EventBus;

internal enum FailedDeliveryAction
{
    Retry,
    DeadLetter,
}

/// <summary>
/// Counts deliveries in our own header: RabbitMQ's redelivered flag is only a boolean, and a
/// message that went through the retry queue is a new message to the broker.
/// </summary>
internal static class DeliveryAttempts
{
    public const int First = 1;

    /// <summary>The attempt this delivery is (1 when the header is missing or unreadable).</summary>
    public static int Read(IDictionary<string, object?>? headers)
    {
        if (headers is null || !headers.TryGetValue(EventBusTopology.DeliveryAttemptHeader, out var value))
        {
            return First;
        }

        // Integers come back as whatever AMQP type they were written as; strings as UTF-8 bytes.
        var attempt = value switch
        {
            int i => i,
            long l => (int)Math.Clamp(l, int.MinValue, int.MaxValue),
            short s => s,
            byte b => b,
            sbyte sb => sb,
            uint ui => (int)Math.Min(ui, int.MaxValue),
            byte[] bytes when int.TryParse(Encoding.UTF8.GetString(bytes), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            string text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => First,
        };
        return Math.Max(First, attempt);
    }

    public static FailedDeliveryAction OnFailure(int attempt, int maxDeliveryAttempts) =>
        attempt < maxDeliveryAttempts ? FailedDeliveryAction.Retry : FailedDeliveryAction.DeadLetter;

    /// <summary>Wait after failed attempt n: base · 2^(n−1), never more than the cap.</summary>
    public static TimeSpan RetryDelay(int failedAttempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        if (baseDelay <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Clamp(failedAttempt - 1, 0, 30);
        var ticks = baseDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= maxDelay.Ticks ? maxDelay : TimeSpan.FromTicks((long)ticks);
    }
}
