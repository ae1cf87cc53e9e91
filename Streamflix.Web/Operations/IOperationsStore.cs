namespace Streamflix.Web.Operations;

/// <summary>
/// Where the operations page's raw data lives (Redis, <see cref="RedisOperationsStore"/>). A
/// failure to read throws; <see cref="OperationsReader"/> turns that into the page's message.
/// </summary>
public interface IOperationsStore
{
    Task<OperationsReadout> ReadAsync(CancellationToken cancellationToken);
}
