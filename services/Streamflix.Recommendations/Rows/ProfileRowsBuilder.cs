using Streamflix.Recommendations.Data;
using Streamflix.Recommendations.Model;
using Streamflix.Recommendations.Redis;

namespace Streamflix.Recommendations.Rows;

/// <summary>Builds one profile's rows from the database at the widest limits and stores them in Redis.</summary>
public sealed class ProfileRowsBuilder(
    SignalsReader reader,
    SharedSignalsCache shared,
    RowsStore store,
    TimeProvider clock,
    ILogger<ProfileRowsBuilder> logger)
{
    /// <summary>Builds the rows; stores them when Redis allows (a failed store only costs the next read a rebuild).</summary>
    public async Task<StoredRows> BuildAndStoreAsync(Guid profileId, bool isKids, long catalogVersion, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var sharedSignals = await shared.GetAsync(cancellationToken);
        var profile = await reader.LoadProfileAsync(profileId, isKids, cancellationToken);
        var rows = RowBuilder.Build(profile, sharedSignals, RowLimits.Widest);
        var stored = new StoredRows(rows.Rows, rows.ColdStart, clock.GetUtcNow(), MicrosSinceEpoch(started), isKids, catalogVersion);
        try
        {
            await store.StoreAsync(profileId, stored);
        }
        catch (StackExchange.Redis.RedisException e)
        {
            logger.LogWarning("Rows of profile {ProfileId} were built but not stored: {Error}", profileId, e.Message);
        }

        return stored;
    }

    // Microseconds fit a Lua number exactly (ticks would not).
    private static long MicrosSinceEpoch(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
}
