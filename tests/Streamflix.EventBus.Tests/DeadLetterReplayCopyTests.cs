using System.Text;
using RabbitMQ.Client;

namespace Streamflix.EventBus.Tests;

public sealed class DeadLetterReplayCopyTests
{
    [Fact]
    public void Replayed_copy_starts_over_at_attempt_one_and_says_it_was_replayed()
    {
        var dead = new BasicProperties
        {
            MessageId = "m-1",
            Type = "NoteToReplay",
            ContentType = "application/json",
            Priority = 8,
            Expiration = "200",
            Headers = new Dictionary<string, object?>
            {
                [EventBusTopology.DeliveryAttemptHeader] = 5,
                [EventBusTopology.LastErrorHeader] = Encoding.UTF8.GetBytes("boom"),
                ["traceparent"] = Encoding.UTF8.GetBytes("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"),
                ["x-death"] = new List<object?>(),
                ["x-first-death-queue"] = Encoding.UTF8.GetBytes("q"),
                ["x-last-death-reason"] = Encoding.UTF8.GetBytes("rejected"),
            },
        };
        var at = new DateTimeOffset(2025, 5, 1, 12, 0, 0, TimeSpan.Zero);

        var copy = ReplayCopy.Properties(dead, at);

        Assert.Equal(DeliveryAttempts.First, DeliveryAttempts.Read(copy.Headers));
        Assert.Equal("2025-05-01T12:00:00.0000000Z", copy.Headers![ReplayCopy.ReplayedHeader]);
        Assert.True(copy.Headers.ContainsKey("traceparent"));
        Assert.True(copy.Headers.ContainsKey(EventBusTopology.LastErrorHeader));
        Assert.DoesNotContain(copy.Headers.Keys, k => k.StartsWith("x-death", StringComparison.Ordinal)
            || k.StartsWith("x-first-death", StringComparison.Ordinal) || k.StartsWith("x-last-death", StringComparison.Ordinal));
        Assert.Equal(("m-1", "NoteToReplay", (byte)8), (copy.MessageId, copy.Type, copy.Priority));
        Assert.Equal(DeliveryModes.Persistent, copy.DeliveryMode);
        Assert.Null(copy.Expiration);
    }

    [Theory]
    [InlineData("the-key", "the-key", true)]
    [InlineData("the-key", "the-kez", false)]
    [InlineData("the-key", "the-key ", false)]
    [InlineData("the-key", "", false)]
    [InlineData("the-key", null, false)]
    public void Operations_key_must_match_exactly(string expected, string? presented, bool matches) =>
        Assert.Equal(matches, OperationsKey.Matches(expected, presented));
}
