using StackExchange.Redis;

namespace Streamflix.Web.Operations;

/// <summary>
/// The operations page's one call: reads the store and builds the picture. Redis being down or
/// slow is an answer (<see cref="OperationsReading.Unavailable"/>), never an exception: the page
/// must say so and keep refreshing until it comes back.
/// </summary>
public sealed partial class OperationsReader(IOperationsStore store, TimeProvider time, ILogger<OperationsReader> logger)
{
    /// <summary>The page refreshes every few seconds; a read that takes longer is an outage to it.</summary>
    public static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(3);

    public async Task<OperationsReading> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var readout = await store.ReadAsync(cancellationToken).WaitAsync(ReadLimit, time, cancellationToken);
            return OperationsReading.Read(OperationsBoard.Build(readout, time.GetUtcNow()));
        }
        catch (TimeoutException exception)
        {
            LogReadFailed(logger, exception.Message);
            return OperationsReading.Unavailable($"Redis did not answer within {ReadLimit.TotalSeconds:0} s.");
        }
        catch (RedisException exception)
        {
            LogReadFailed(logger, exception.Message);
            return OperationsReading.Unavailable($"Redis cannot be read: {exception.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The operations page could not read Redis: {Reason}")]
    private static partial void LogReadFailed(ILogger logger, string reason);
}

/// <summary>The page's picture, or why there is none.</summary>
public sealed record OperationsReading(OperationsSnapshot? Snapshot, string? Problem)
{
    public static OperationsReading Read(OperationsSnapshot snapshot) => new(snapshot, null);

    public static OperationsReading Unavailable(string problem) => new(null, problem);
}
