using Microsoft.Extensions.Options;
using Streamflix.Recommendations.Data;
using Streamflix.Recommendations.Model;

namespace Streamflix.Recommendations.Rows;

/// <summary>
/// The shared signals (catalogue, trending, plays), read at most once per lifetime per replica: one
/// event rebuilds one profile's rows, and this keeps that from re-reading everything everyone shares.
/// Concurrent rebuilds wait for the same read. A failed read is not kept.
/// </summary>
public sealed class SharedSignalsCache(IServiceScopeFactory scopes, IOptions<RecommendationsOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim refresh = new(1, 1);
    private (SharedSignals Signals, DateTimeOffset ReadAt)? current;

    public async Task<SharedSignals> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } signals)
        {
            return signals;
        }

        await refresh.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } readMeanwhile)
            {
                return readMeanwhile;
            }

            var readAt = clock.GetUtcNow();
            await using var scope = scopes.CreateAsyncScope();
            var loaded = await scope.ServiceProvider.GetRequiredService<SignalsReader>().LoadSharedAsync(cancellationToken);
            current = (loaded, readAt);
            return loaded;
        }
        finally
        {
            refresh.Release();
        }
    }

    /// <summary>The next read goes to the database (a title changed).</summary>
    public void Invalidate() => current = null;

    private SharedSignals? Fresh() =>
        current is { } c && clock.GetUtcNow() - c.ReadAt < options.Value.SharedSignalsLifetime ? c.Signals : null;
}
