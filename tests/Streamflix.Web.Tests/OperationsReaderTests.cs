using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;
using Streamflix.Web.Operations;

namespace Streamflix.Web.Tests;

public sealed class OperationsReaderTests
{
    private readonly FakeTimeProvider _time = new(OperationsSamples.Now);

    [Fact]
    public async Task A_read_builds_the_board_at_the_current_time()
    {
        var reader = Reader(_ => Task.FromResult(OperationsSamples.Readout(instances: [OperationsSamples.Instance("catalog", "c1", TimeSpan.FromSeconds(3))])));

        var reading = await reader.ReadAsync(CancellationToken.None);

        Assert.Null(reading.Problem);
        Assert.Equal(OperationsSamples.Now, reading.Snapshot!.ReadAt);
        Assert.Equal(TimeSpan.FromSeconds(3), reading.Snapshot.Services.Single().Instances.Single().Age);
    }

    [Fact]
    public async Task Redis_down_is_a_message_not_an_exception()
    {
        var reader = Reader(_ => throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "No connection is active"));

        var reading = await reader.ReadAsync(CancellationToken.None);

        Assert.Null(reading.Snapshot);
        Assert.Contains("No connection is active", reading.Problem);
    }

    [Fact]
    public async Task Redis_that_does_not_answer_in_time_is_reported_as_unavailable()
    {
        var never = new TaskCompletionSource<OperationsReadout>();
        var reader = Reader(_ => never.Task);

        var reading = reader.ReadAsync(CancellationToken.None);
        Assert.False(reading.IsCompleted);
        _time.Advance(OperationsReader.ReadLimit);

        Assert.Contains("did not answer", (await reading).Problem);
    }

    private OperationsReader Reader(Func<CancellationToken, Task<OperationsReadout>> read) =>
        new(new FakeStore(read), _time, NullLogger<OperationsReader>.Instance);

    private sealed class FakeStore(Func<CancellationToken, Task<OperationsReadout>> read) : IOperationsStore
    {
        public Task<OperationsReadout> ReadAsync(CancellationToken cancellationToken) => read(cancellationToken);
    }
}
