using System.Text;
using RabbitMQ.Client;

namespace Streamflix.EventBus.Tests;

public sealed class DeliveryAttemptsTests
{
    [Fact]
    public void Message_without_attempt_header_is_the_first_attempt()
    {
        Assert.Equal(1, DeliveryAttempts.Read(null));
        Assert.Equal(1, DeliveryAttempts.Read(new Dictionary<string, object?>()));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(3L)]
    [InlineData((short)3)]
    public void Attempt_header_is_read_whatever_integer_type_came_back(object value)
    {
        var headers = new Dictionary<string, object?> { ["x-delivery-attempt"] = value };
        Assert.Equal(3, DeliveryAttempts.Read(headers));
    }

    [Fact]
    public void Attempt_header_written_as_text_is_read()
    {
        var headers = new Dictionary<string, object?> { ["x-delivery-attempt"] = Encoding.UTF8.GetBytes("4") };
        Assert.Equal(4, DeliveryAttempts.Read(headers));
    }

    [Fact]
    public void Nonsense_attempt_header_counts_as_first_attempt()
    {
        Assert.Equal(1, DeliveryAttempts.Read(new Dictionary<string, object?> { ["x-delivery-attempt"] = -7 }));
        Assert.Equal(1, DeliveryAttempts.Read(new Dictionary<string, object?> { ["x-delivery-attempt"] = Encoding.UTF8.GetBytes("x") }));
    }

    [Theory]
    [InlineData(1, 5, FailedDeliveryAction.Retry)]
    [InlineData(4, 5, FailedDeliveryAction.Retry)]
    [InlineData(5, 5, FailedDeliveryAction.DeadLetter)]
    [InlineData(9, 5, FailedDeliveryAction.DeadLetter)]
    [InlineData(1, 1, FailedDeliveryAction.DeadLetter)]
    internal void Failure_retries_until_attempts_are_exhausted(int attempt, int max, FailedDeliveryAction expected)
    {
        Assert.Equal(expected, DeliveryAttempts.OnFailure(attempt, max));
    }

    [Fact]
    public void Retry_delay_doubles_per_attempt_and_stops_at_the_cap()
    {
        var baseDelay = TimeSpan.FromSeconds(1);
        var cap = TimeSpan.FromSeconds(10);

        Assert.Equal(TimeSpan.FromSeconds(1), DeliveryAttempts.RetryDelay(1, baseDelay, cap));
        Assert.Equal(TimeSpan.FromSeconds(2), DeliveryAttempts.RetryDelay(2, baseDelay, cap));
        Assert.Equal(TimeSpan.FromSeconds(8), DeliveryAttempts.RetryDelay(4, baseDelay, cap));
        Assert.Equal(cap, DeliveryAttempts.RetryDelay(5, baseDelay, cap));
        Assert.Equal(cap, DeliveryAttempts.RetryDelay(1000, baseDelay, cap));
    }

    [Fact]
    public void Retry_copy_carries_the_next_attempt_the_delay_and_the_original_identity()
    {
        var original = new BasicProperties
        {
            MessageId = "m-1",
            Type = "TitleViewed",
            Priority = 8,
            Headers = new Dictionary<string, object?> { ["traceparent"] = "00-abc", ["x-delivery-attempt"] = 2 },
        };

        var copy = RetryCopy.Properties(original, nextAttempt: 3, TimeSpan.FromMilliseconds(250), new string('e', 2000));

        Assert.Equal("m-1", copy.MessageId);
        Assert.Equal("TitleViewed", copy.Type);
        Assert.Equal(8, copy.Priority);
        Assert.Equal(DeliveryModes.Persistent, copy.DeliveryMode);
        Assert.Equal("250", copy.Expiration);
        Assert.Equal(3, copy.Headers!["x-delivery-attempt"]);
        Assert.Equal("00-abc", copy.Headers["traceparent"]);
        Assert.Equal(512, ((string)copy.Headers["x-last-error"]!).Length);
        Assert.Equal(2, original.Headers["x-delivery-attempt"]);
    }
}
