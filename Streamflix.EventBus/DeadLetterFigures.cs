using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Streamflix.ServiceDefaults.Instances;

namespace Streamflix.EventBus;

/// <summary>
/// The dead-letter depth for the instance report: the value <see cref="DeadLetterObserver"/> last
/// read from the broker (no extra broker call per report); nothing until its first reading.
/// </summary>
internal sealed class DeadLetterFigures(IServiceProvider services, IDeadLetters deadLetters) : IInstanceFiguresSource
{
    private DeadLetterObserver? _observer;

    public ValueTask AddFiguresAsync(InstanceFigures figures, CancellationToken cancellationToken)
    {
        // The observer is a hosted service (one per consuming process): found once among them.
        _observer ??= services.GetServices<IHostedService>().OfType<DeadLetterObserver>().FirstOrDefault();
        if (_observer?.LastDepth is { } depth)
        {
            figures.DeadLetters.Add(new DeadLetterReport(EventBusTopology.DeadLetterQueueFor(deadLetters.Queue), depth));
        }

        return ValueTask.CompletedTask;
    }
}
