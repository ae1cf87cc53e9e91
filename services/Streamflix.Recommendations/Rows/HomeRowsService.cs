using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Streamflix.Recommendations.Model;
using Streamflix.Recommendations.Redis;

namespace Streamflix.Recommendations.Rows;

/// <summary>
/// GetRows behind the endpoint: the stored rows when they are current (same kids flag, same
/// catalogue version, fresh), else a rebuild that is stored for the next read. When the rebuild
/// fails (the database is down) older stored rows for the same kids flag stand in; Redis trouble
/// only costs the cache, the rows are then built straight from the database.
/// </summary>
public sealed class HomeRowsService(
    ProfileRowsBuilder builder,
    RowsStore store,
    IOptions<RecommendationsOptions> options,
    TimeProvider clock,
    ILogger<HomeRowsService> logger)
{
    public async Task<(HomeRows Rows, DateTimeOffset GeneratedAt)> GetAsync(ViewerProfile profile, RowLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(limits);

        StoredRows? stored = null;
        long catalogVersion = 0;
        try
        {
            var rowsRead = store.GetAsync(profile.Id);
            var versionRead = store.CatalogVersionAsync();
            var kidsRemembered = store.RememberKidsFlagAsync(profile.Id, profile.IsKids);
            await Task.WhenAll(rowsRead, versionRead, kidsRemembered);
            stored = rowsRead.Result;
            catalogVersion = versionRead.Result;
        }
        catch (RedisException e)
        {
            logger.LogWarning("Stored rows of profile {ProfileId} could not be read: {Error}", profile.Id, e.Message);
        }

        if (stored is not null && stored.IsCurrent(profile.IsKids, catalogVersion, clock.GetUtcNow(), options.Value.RowsFreshFor))
        {
            return (stored.ToHomeRows().Within(limits), stored.GeneratedAt);
        }

        try
        {
            var built = await builder.BuildAndStoreAsync(profile.Id, profile.IsKids, catalogVersion, cancellationToken);
            return (built.ToHomeRows().Within(limits), built.GeneratedAt);
        }
        catch (Exception e) when (stored is not null && stored.IsKids == profile.IsKids && e is not OperationCanceledException)
        {
            logger.LogWarning("Rows of profile {ProfileId} could not be rebuilt; serving those from {GeneratedAt}: {Error}",
                profile.Id, stored.GeneratedAt, e.Message);
            return (stored.ToHomeRows().Within(limits), stored.GeneratedAt);
        }
    }
}
