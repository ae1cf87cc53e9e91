using System.Diagnostics;
using System.Text;

namespace Streamflix.EventBus.Tests;

public sealed class TraceContextPropagationTests
{
    [Fact]
    public void Trace_context_survives_a_trip_through_message_headers()
    {
        using var activity = new Activity("publish").SetIdFormat(ActivityIdFormat.W3C).Start();
        activity.TraceStateString = "streamflix=1";
        var headers = new Dictionary<string, object?>();

        TraceContextPropagation.Inject(activity, headers);
        // What the broker hands back: strings as UTF-8 bytes.
        var received = headers.ToDictionary(h => h.Key, h => (object?)Encoding.UTF8.GetBytes((string)h.Value!));
        var parent = TraceContextPropagation.Extract(received);

        Assert.True(headers.ContainsKey("traceparent"));
        Assert.Equal(activity.TraceId, parent.TraceId);
        Assert.Equal(activity.SpanId, parent.SpanId);
        Assert.Equal("streamflix=1", parent.TraceState);
        Assert.True(parent.IsRemote);
    }

    [Fact]
    public void Headers_without_trace_context_give_no_parent()
    {
        Assert.Equal(default, TraceContextPropagation.Extract(new Dictionary<string, object?> { ["other"] = "x" }));
        Assert.Equal(default, TraceContextPropagation.Extract(null));
    }
}
