using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Streamflix.EventBus.Outbox;
using Streamflix.EventBus.Tests.Outbox;

namespace Streamflix.EventBus.Tests;

/// <summary>What AddOutboxEvent stores is what the relay publishes: id, type, body, priority, trace headers.</summary>
public sealed class OutboxMessageTests
{
    private static readonly ActivitySource Source = new("Streamflix.EventBus.Tests.Outbox");

    [Fact]
    public void Stored_event_comes_back_as_the_same_message_with_its_trace_context()
    {
        using var listener = ListenToEverything();
        using var db = UnconnectedContext();
        var probe = new HeaderProbe(42);

        OutboxMessage row;
        string traceParent;
        using (var request = Source.StartActivity("change request"))
        {
            request!.TraceStateString = "vendor=abc";
            traceParent = request.Id!;
            row = db.AddOutboxEvent(probe, EventPriority.High);
        }

        var message = OutboxRelay<OutboxTestDbContext>.ToEventMessage(row);

        Assert.Equal(probe.Id, message.Id);
        Assert.Equal(nameof(HeaderProbe), message.Type);
        Assert.Equal(EventPriority.High, message.Priority);
        Assert.Equal(probe, EventSerializer.Deserialize(message.Body.Span, typeof(HeaderProbe)));
        Assert.NotNull(message.Headers);
        Assert.Equal(traceParent, message.Headers["traceparent"]);
        Assert.Equal("vendor=abc", message.Headers["tracestate"]);
        Assert.Equal(probe.OccurredAt, row.OccurredAt);
        Assert.Equal(row.OccurredAt, row.NextAttemptAt);
        Assert.Equal(TimeSpan.Zero, row.OccurredAt.Offset);
    }

    [Fact]
    public void Event_stored_outside_a_trace_has_no_headers()
    {
        using var db = UnconnectedContext();
        var previous = Activity.Current;
        Activity.Current = null;
        try
        {
            var row = db.AddOutboxEvent(new HeaderProbe(1));
            Assert.Null(row.Headers);
            Assert.Null(OutboxRelay<OutboxTestDbContext>.ToEventMessage(row).Headers);
        }
        finally
        {
            Activity.Current = previous;
        }
    }

    [Theory]
    [InlineData("{\"traceparent\": 5}")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{}")]
    public void Damaged_headers_do_not_stop_an_event_from_being_published(string json)
    {
        var row = new OutboxMessage { Id = Guid.NewGuid(), Type = "X", Body = [1], Headers = json };

        Assert.Null(OutboxRelay<OutboxTestDbContext>.ToEventMessage(row).Headers);
    }

    [Fact]
    public void Headers_round_trip_through_the_column()
    {
        var headers = new Dictionary<string, string> { ["traceparent"] = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" };

        Assert.Equal(headers, OutboxHeaders.Parse(OutboxHeaders.Serialize(headers)));
    }

    [Fact]
    public void Last_error_is_cut_to_the_column_length()
    {
        var described = OutboxRelay<OutboxTestDbContext>.Describe(new InvalidOperationException(new string('x', 5000)));

        Assert.Equal(2000, described.Length);
        Assert.StartsWith("InvalidOperationException: xxx", described);
    }

    private static OutboxTestDbContext UnconnectedContext() =>
        new(new DbContextOptionsBuilder<OutboxTestDbContext>().UseNpgsql("Host=unused.invalid").Options);

    private static ActivityListener ListenToEverything()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Streamflix.EventBus.Tests.Outbox",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
