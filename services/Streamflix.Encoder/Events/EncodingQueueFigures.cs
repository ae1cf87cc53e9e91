using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using Streamflix.EventBus;
using Streamflix.ServiceDefaults.Instances;

namespace Streamflix.Encoder.Events;

/// <summary>
/// The encoder's job backlog for the instance report (<c>extra.encodingQueueDepth</c>): encode
/// requests waiting in its queue, read with one passive declare per report (every 5 s), which
/// costs the broker next to nothing. Left out when the broker cannot be asked.
/// </summary>
public sealed partial class EncodingQueueFigures(IServiceProvider services, IOptions<EventBusOptions> options, ILogger<EncodingQueueFigures> logger)
    : IInstanceFiguresSource
{
    public const string Key = "encodingQueueDepth";

    public async ValueTask AddFiguresAsync(InstanceFigures figures, CancellationToken cancellationToken)
    {
        if (options.Value.SubscriptionName is not { Length: > 0 } queue)
        {
            return;
        }

        try
        {
            var connection = services.GetRequiredService<IConnection>();
            // A passive declare of a missing queue closes its channel: one channel for that alone.
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            var state = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
            figures.Extra[Key] = state.MessageCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnknown(queue, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Depth of {Queue} unknown for the instance report: {Reason}")]
    private partial void LogUnknown(string queue, string reason);
}
