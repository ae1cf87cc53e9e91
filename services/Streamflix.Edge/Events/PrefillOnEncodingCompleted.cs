using Streamflix.Edge.Prefill;
using Streamflix.Encoder.Events;
using Streamflix.EventBus;

namespace Streamflix.Edge.Events;

/// <summary>
/// Fills this edge with a newly published title's playlists and first segments, ahead of the
/// first viewer (Open Connect's proactive fill), so that start-up never waits on origin.
/// </summary>
public sealed class PrefillOnEncodingCompleted(EdgePrefill prefill, ILogger<PrefillOnEncodingCompleted> logger)
    : IIntegrationEventHandler<EncodingCompleted>
{
    public async Task HandleAsync(EncodingCompleted e, CancellationToken cancellationToken)
    {
        // The master's path below the title names this encode's version folder.
        var prefix = e.TitleId + "/";
        var master = e.MasterPlaylistPath.StartsWith(prefix, StringComparison.Ordinal)
            ? e.MasterPlaylistPath[prefix.Length..]
            : e.MasterPlaylistPath;
        var report = await prefill.PrefillAsync(e.TitleId, master, cancellationToken);
        logger.LogInformation("Prefilled {TitleId}: {Report}", e.TitleId, report);
    }
}
