using Streamflix.EventBus;

namespace Streamflix.Recommendations.Rows;

/// <summary>
/// Wraps an inbox handler: once its transaction has committed, the rows it made stale are rebuilt
/// at once, so a viewer's rows reflect what they just watched within milliseconds rather than at
/// the next periodic rebuild. A redelivered event applies nothing and so refreshes nothing. A failed
/// rebuild does not fail the event (the change is already durable; reads rebuild stale rows).
/// </summary>
public sealed class RowsRefreshingHandler<TEvent, THandler>(
    THandler inner,
    ChangedSignals changed,
    RowsRefresher refresher,
    ILogger<RowsRefreshingHandler<TEvent, THandler>> logger) : IIntegrationEventHandler<TEvent>
    where TEvent : IntegrationEvent
    where THandler : IIntegrationEventHandler<TEvent>
{
    public async Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        await inner.HandleAsync(integrationEvent, cancellationToken);
        try
        {
            await refresher.RefreshAsync(changed, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Rows were not rebuilt after {EventType} {EventId}", typeof(TEvent).Name, integrationEvent.Id);
        }
    }
}
