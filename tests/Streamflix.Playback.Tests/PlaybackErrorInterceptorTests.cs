using System.Diagnostics.Metrics;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using Streamflix.Playback.Grpc;
using Streamflix.Playback.Model;
using Streamflix.Playback.Telemetry;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.Playback.Tests;

public sealed class PlaybackErrorInterceptorTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly PlaybackErrorInterceptor _interceptor;

    public PlaybackErrorInterceptorTests()
    {
        _interceptor = new PlaybackErrorInterceptor(
            new PlaybackMetrics(_services.GetRequiredService<IMeterFactory>()), NullLogger<PlaybackErrorInterceptor>.Instance);
    }

    public void Dispose() => _services.Dispose();

    private Task<RpcException> FailWith(Exception exception, CancellationToken cancellationToken = default) =>
        Assert.ThrowsAsync<RpcException>(() => _interceptor.UnaryServerHandler<string, string>(
            "request",
            new TestServerCallContext("/streamflix.playback.v1.PlaybackService/StartPlayback", cancellationToken),
            (_, _) => throw exception));

    [Fact]
    public async Task A_refusal_becomes_its_status_with_the_error_info_reason_and_is_counted()
    {
        var counted = new List<(long Value, string? Reason)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == PlaybackMetrics.MeterName && instrument.Name == "streamflix.playback.refusals")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            counted.Add((value, tags.ToArray().Single(t => t.Key == "streamflix.playback.reason").Value as string)));
        listener.Start();

        var e = await FailWith(PlaybackRefusedException.StreamLimit(2));

        Assert.Equal(StatusCode.ResourceExhausted, e.StatusCode);
        Assert.Equal(RefusalReason.StreamLimit, PlaybackRefusals.ReasonOf(e));
        Assert.Equal([(1L, "STREAM_LIMIT")], counted);
    }

    [Fact]
    public async Task Invalid_fields_become_invalid_argument_with_each_violation()
    {
        var e = await FailWith(new PlaybackValidationException([new("profile_id", "bad profile"), new("title_id", "bad title")]));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal([("profile_id", "bad profile"), ("title_id", "bad title")], e.FieldViolations());
    }

    [Fact]
    public async Task Not_found_keeps_its_message()
    {
        var e = await FailWith(PlaybackNotFoundException.Session());

        Assert.Equal(StatusCode.NotFound, e.StatusCode);
        Assert.Equal("No such playback session.", e.Status.Detail);
    }

    [Fact]
    public async Task A_service_that_did_not_answer_becomes_unavailable_with_the_viewers_message()
    {
        var e = await FailWith(new DependencyUnavailableException("We can't load this title right now; please try again in a moment."));

        Assert.Equal(StatusCode.Unavailable, e.StatusCode);
        Assert.Equal("We can't load this title right now; please try again in a moment.", e.Status.Detail);
        Assert.Null(e.GetRpcStatus()?.GetDetail<ErrorInfo>());
    }

    [Fact]
    public async Task Redis_failing_becomes_unavailable_without_its_details()
    {
        var e = await FailWith(new RedisConnectionException(ConnectionFailureType.UnableToConnect, "redis:6379 refused secret-host"));

        Assert.Equal(StatusCode.Unavailable, e.StatusCode);
        Assert.DoesNotContain("secret-host", e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anything_unexpected_becomes_a_generic_internal_error()
    {
        var e = await FailWith(new InvalidOperationException("connection string Password=hunter2"));

        Assert.Equal(StatusCode.Internal, e.StatusCode);
        Assert.DoesNotContain("hunter2", e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_thrown_on_purpose_passes_unchanged()
    {
        var e = await FailWith(new RpcException(new global::Grpc.Core.Status(StatusCode.Unauthenticated, "Sign in first.")));

        Assert.Equal(StatusCode.Unauthenticated, e.StatusCode);
        Assert.Equal("Sign in first.", e.Status.Detail);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_reported_as_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var e = await FailWith(new OperationCanceledException(cancelled.Token), cancelled.Token);

        Assert.Equal(StatusCode.Cancelled, e.StatusCode);
    }
}
