using Npgsql;

namespace Streamflix.IntegrationTests.Hostile;

/// <summary>
/// Row counts of one service's tables, read straight from its database: a refused request must not
/// have added or removed a row. Tables that background consumers write while the suite runs (inbox,
/// outbox, event-fed projections) are left out; they would move for reasons unrelated to the case.
/// </summary>
public sealed class DatabaseRowCounts(StreamflixAppFixture fixture) : IAsyncDisposable
{
    private static readonly HashSet<string> BackgroundTables = new(StringComparer.Ordinal)
    {
        "__EFMigrationsHistory", "processed_events", "outbox_messages",
        // billing: customers arrive from AccountCreated; catalog: media status from encoder events.
        "customers", "title_media", "media_renditions",
        // accounts: a refused sign-in is counted on purpose (the per-email throttle), a write by design.
        "sign_in_throttles",
    };

    private readonly Dictionary<string, NpgsqlDataSource> _sources = [];
    private readonly Dictionary<string, string> _queries = [];

    public async Task<IReadOnlyDictionary<string, long>> SnapshotAsync(string database)
    {
        var source = await SourceAsync(database);
        if (!_queries.TryGetValue(database, out var query))
        {
            await using var list = source.CreateCommand(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1");
            var tables = new List<string>();
            await using (var reader = await list.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    var table = reader.GetString(0);
                    if (!BackgroundTables.Contains(table))
                    {
                        tables.Add(table);
                    }
                }
            }

            query = string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}', count(*) FROM \"{t}\""));
            _queries[database] = query;
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        if (query.Length == 0)
        {
            return counts;
        }

        await using var command = source.CreateCommand(query);
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            counts[rows.GetString(0)] = rows.GetInt64(1);
        }

        return counts;
    }

    public static string? Difference(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after)
    {
        var moved = before.Where(e => after.GetValueOrDefault(e.Key) != e.Value)
            .Select(e => $"{e.Key} {e.Value}→{after.GetValueOrDefault(e.Key)}").ToList();
        return moved.Count == 0 ? null : string.Join(", ", moved);
    }

    private async Task<NpgsqlDataSource> SourceAsync(string database)
    {
        if (!_sources.TryGetValue(database, out var source))
        {
            source = NpgsqlDataSource.Create(await fixture.ConnectionStringAsync(database));
            _sources[database] = source;
        }

        return source;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var source in _sources.Values)
        {
            await source.DisposeAsync();
        }
    }
}
