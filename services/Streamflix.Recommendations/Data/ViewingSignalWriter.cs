using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Streamflix.Recommendations.Model;

namespace Streamflix.Recommendations.Data;

/// <summary>
/// Folds viewing events into the durable signals. Every change is one upsert that adds to what is
/// stored (never read-modify-write), so handlers on several replicas can apply events at once
/// without losing counts. Runs inside the inbox handler's transaction (no SaveChanges here): an event
/// and its effect commit together or not at all. The decay arithmetic mirrors
/// <see cref="DecayingScore.Add"/>; the exponent is floored at 2^-60 because Postgres raises on
/// float underflow, and a score is at least 1 after any bump, so nothing reaches it.
/// </summary>
public sealed class ViewingSignalWriter(RecommendationsDbContext db, IOptions<RecommendationsOptions> options)
{
    /// <summary>A start: a play, trending, +1 affinity; on the profile's first start, co-occurrence pairs.</summary>
    public async Task RecordStartAsync(Guid accountId, Guid profileId, string titleId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        at = at.ToUniversalTime();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO profile_titles (profile_id, title_id, account_id, first_watched_at, last_watched_at, plays, max_position_share, finished)
            VALUES ({profileId}, {titleId}, {accountId}, {at}, {at}, 1, 0, false)
            ON CONFLICT (profile_id, title_id) DO UPDATE SET
              account_id = excluded.account_id,
              first_watched_at = LEAST(profile_titles.first_watched_at, excluded.first_watched_at),
              last_watched_at = GREATEST(profile_titles.last_watched_at, excluded.last_watched_at),
              plays = profile_titles.plays + 1
            """, cancellationToken);

        var plays = await db.ProfileTitles.AsNoTracking()
            .Where(p => p.ProfileId == profileId && p.TitleId == titleId)
            .Select(p => p.Plays)
            .SingleAsync(cancellationToken);
        if (plays == 1)
        {
            await AddCoOccurrenceAsync(profileId, titleId, cancellationToken);
        }

        await AddTrendingPlayAsync(titleId, at, cancellationToken);
        await AddAffinityAsync(profileId, titleId, 1d, at, cancellationToken);
    }

    /// <summary>Sampled progress: how far the profile got (the furthest share of the title) and when.</summary>
    public Task RecordProgressAsync(
        Guid accountId, Guid profileId, string titleId, double positionSeconds, double durationSeconds, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        at = at.ToUniversalTime();
        var share = durationSeconds > 0 && double.IsFinite(positionSeconds) ? Math.Clamp(positionSeconds / durationSeconds, 0d, 1d) : 0d;
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO profile_titles (profile_id, title_id, account_id, first_watched_at, last_watched_at, plays, max_position_share, finished)
            VALUES ({profileId}, {titleId}, {accountId}, {at}, {at}, 0, {share}, false)
            ON CONFLICT (profile_id, title_id) DO UPDATE SET
              account_id = excluded.account_id,
              first_watched_at = LEAST(profile_titles.first_watched_at, excluded.first_watched_at),
              last_watched_at = GREATEST(profile_titles.last_watched_at, excluded.last_watched_at),
              max_position_share = GREATEST(profile_titles.max_position_share, excluded.max_position_share)
            """, cancellationToken);
    }

    /// <summary>A completion: the title is finished for this profile (left out of its rows) and +2 affinity.</summary>
    public async Task RecordCompletionAsync(Guid accountId, Guid profileId, string titleId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        at = at.ToUniversalTime();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO profile_titles (profile_id, title_id, account_id, first_watched_at, last_watched_at, plays, max_position_share, finished)
            VALUES ({profileId}, {titleId}, {accountId}, {at}, {at}, 0, 1, true)
            ON CONFLICT (profile_id, title_id) DO UPDATE SET
              account_id = excluded.account_id,
              first_watched_at = LEAST(profile_titles.first_watched_at, excluded.first_watched_at),
              last_watched_at = GREATEST(profile_titles.last_watched_at, excluded.last_watched_at),
              max_position_share = 1,
              finished = true
            """, cancellationToken);
        await AddAffinityAsync(profileId, titleId, 2d, at, cancellationToken);
    }

    private async Task AddCoOccurrenceAsync(Guid profileId, string titleId, CancellationToken cancellationToken)
    {
        var recent = await db.ProfileTitles.AsNoTracking()
            .Where(p => p.ProfileId == profileId && p.TitleId != titleId)
            .OrderByDescending(p => p.LastWatchedAt)
            .ThenBy(p => p.TitleId)
            .Select(p => p.TitleId)
            .Take(CoOccurrencePairs.RecentTitlesPaired)
            .ToListAsync(cancellationToken);
        var pairs = CoOccurrencePairs.ForFirstStart(titleId, recent);
        if (pairs.Count == 0)
        {
            return;
        }

        var firsts = pairs.Select(p => p.TitleA).ToArray();
        var seconds = pairs.Select(p => p.TitleB).ToArray();
        // Rows are inserted in the pairs' fixed order, so two events lock shared rows in the same order.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO co_occurrence (title_a, title_b, weight)
            SELECT pair.a, pair.b, 1 FROM unnest({firsts}::text[], {seconds}::text[]) WITH ORDINALITY AS pair(a, b, n)
            ORDER BY pair.n
            ON CONFLICT (title_a, title_b) DO UPDATE SET weight = co_occurrence.weight + excluded.weight
            """, cancellationToken);
    }

    private Task AddTrendingPlayAsync(string titleId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var halfLifeSeconds = options.Value.TrendingHalfLife.TotalSeconds;
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO trending_counters (title_id, score, updated_at, all_time_plays)
            VALUES ({titleId}, 1, {at}, 1)
            ON CONFLICT (title_id) DO UPDATE SET
              score = CASE WHEN excluded.updated_at >= trending_counters.updated_at
                THEN trending_counters.score * power(2.0::float8, GREATEST(-60.0::float8,
                       -extract(epoch FROM excluded.updated_at - trending_counters.updated_at)::float8 / {halfLifeSeconds})) + excluded.score
                ELSE trending_counters.score + excluded.score * power(2.0::float8, GREATEST(-60.0::float8,
                       -extract(epoch FROM trending_counters.updated_at - excluded.updated_at)::float8 / {halfLifeSeconds}))
                END,
              updated_at = GREATEST(trending_counters.updated_at, excluded.updated_at),
              all_time_plays = trending_counters.all_time_plays + 1
            """, cancellationToken);
    }

    // The title's genres come from the mirrored catalogue: a title not known yet adds no affinity.
    private Task AddAffinityAsync(Guid profileId, string titleId, double amount, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var halfLifeSeconds = options.Value.AffinityHalfLife.TotalSeconds;
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO genre_affinity (profile_id, genre_id, weight, updated_at)
            SELECT DISTINCT {profileId}, g.genre_id, {amount}, {at}
            FROM titles, unnest(titles.genre_ids) AS g(genre_id)
            WHERE titles.id = {titleId}
            ORDER BY g.genre_id
            ON CONFLICT (profile_id, genre_id) DO UPDATE SET
              weight = CASE WHEN excluded.updated_at >= genre_affinity.updated_at
                THEN genre_affinity.weight * power(2.0::float8, GREATEST(-60.0::float8,
                       -extract(epoch FROM excluded.updated_at - genre_affinity.updated_at)::float8 / {halfLifeSeconds})) + excluded.weight
                ELSE genre_affinity.weight + excluded.weight * power(2.0::float8, GREATEST(-60.0::float8,
                       -extract(epoch FROM genre_affinity.updated_at - excluded.updated_at)::float8 / {halfLifeSeconds}))
                END,
              updated_at = GREATEST(genre_affinity.updated_at, excluded.updated_at)
            """, cancellationToken);
    }
}
