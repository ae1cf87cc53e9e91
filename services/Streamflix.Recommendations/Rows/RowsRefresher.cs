using StackExchange.Redis;
using Streamflix.Recommendations.Redis;

namespace Streamflix.Recommendations.Rows;

/// <summary>
/// After an event committed: rebuilds the rows of the profiles it touched (incremental: only those),
/// or, after a catalogue change, moves the catalogue version so every stored set is rebuilt on its
/// next read. A profile whose kids flag is not known yet gets its stored rows dropped instead: its
/// next read builds them with the flag from accounts.
/// </summary>
public sealed class RowsRefresher(
    ProfileRowsBuilder builder,
    RowsStore store,
    SharedSignalsCache shared,
    ILogger<RowsRefresher> logger)
{
    public async Task RefreshAsync(ChangedSignals changed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        try
        {
            long catalogVersion;
            if (changed.CatalogChanged)
            {
                shared.Invalidate();
                catalogVersion = await store.BumpCatalogVersionAsync();
            }
            else
            {
                catalogVersion = changed.Profiles.Count == 0 ? 0 : await store.CatalogVersionAsync();
            }

            foreach (var profileId in changed.Profiles)
            {
                var isKids = await store.KidsFlagAsync(profileId);
                if (isKids is null)
                {
                    await store.ForgetAsync(profileId);
                    continue;
                }

                await builder.BuildAndStoreAsync(profileId, isKids.Value, catalogVersion, cancellationToken);
            }
        }
        catch (RedisException e)
        {
            // The event is applied for good; stale rows age out (RowsFreshFor) and are rebuilt on read.
            logger.LogWarning("Rows were not refreshed after an event: {Error}", e.Message);
        }
    }
}
