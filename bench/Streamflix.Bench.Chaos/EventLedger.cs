using Npgsql;

namespace Streamflix.Bench.Chaos;

/// <summary>
/// Exactly-once evidence that no contract exposes, read straight from the services' databases (as
/// tests/Streamflix.IntegrationTests/EventCounts.cs does): what producers stored in their outboxes and
/// published, and what consumers recorded in their inboxes.
/// </summary>
public sealed class EventLedger(StreamflixGraph graph)
{
    /// <summary>Sign-ups: AccountCreated stored and published by accounts, applied by billing, billing customers per account.</summary>
    public async Task<EventTally> SignUpsAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken)
    {
        var outbox = await OutboxAsync("accountsdb",
            """
            SELECT id, published_at IS NOT NULL FROM outbox_messages
            WHERE type = 'AccountCreated' AND (convert_from(body, 'UTF8')::json ->> 'accountId')::uuid = ANY(@keys)
            """, accountIds.ToArray(), cancellationToken);
        var applied = await AppliedAsync("billingdb", outbox.Keys, cancellationToken);
        await using var connection = await OpenAsync("billingdb", cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) - count(DISTINCT account_id) FROM customers WHERE account_id = ANY(@accounts)", connection);
        command.Parameters.AddWithValue("accounts", accountIds.ToArray());
        var duplicateCustomers = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
        return new EventTally("AccountCreated (accounts → billing)", accountIds.Count, outbox.Count, outbox.Values.Count(p => p),
            applied.Count, applied.Values.Sum(n => Math.Max(0, n - 1)) + duplicateCustomers);
    }

    /// <summary>Plays: PlaybackStarted stored by playback in a time window, published, applied by recommendations.</summary>
    public async Task<EventTally> PlaysAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var outbox = await OutboxAsync("playbackdb",
            "SELECT id, published_at IS NOT NULL FROM outbox_messages WHERE type = 'PlaybackStarted' AND occurred_at >= @from AND occurred_at < @to",
            null, cancellationToken, ("from", from), ("to", to));
        var applied = await AppliedAsync("recommendationsdb", outbox.Keys, cancellationToken);
        return new EventTally("PlaybackStarted (playback → recommendations)", outbox.Count, outbox.Count, outbox.Values.Count(p => p),
            applied.Count, applied.Values.Sum(n => Math.Max(0, n - 1)));
    }

    /// <summary>Accounts that exist in the accounts database, of those given (a committed write is never lost).</summary>
    public async Task<int> ExistingAccountsAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync("accountsdb", cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM accounts WHERE id = ANY(@accounts)", connection);
        command.Parameters.AddWithValue("accounts", accountIds.ToArray());
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken) ?? 0);
    }

    private async Task<Dictionary<Guid, bool>> OutboxAsync(string database, string sql, Guid[]? keys, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(database, cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        if (keys is not null)
        {
            command.Parameters.AddWithValue("keys", keys);
        }

        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new Dictionary<Guid, bool>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows[reader.GetGuid(0)] = reader.GetBoolean(1);
        }

        return rows;
    }

    /// <summary>Inbox rows per event id (one per consumer that applied it; the key allows no more).</summary>
    private async Task<Dictionary<Guid, long>> AppliedAsync(string database, IEnumerable<Guid> eventIds, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(database, cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT event_id, count(*) - count(DISTINCT consumer) + 1 FROM processed_events WHERE event_id = ANY(@events) GROUP BY event_id", connection);
        command.Parameters.AddWithValue("events", eventIds.ToArray());
        var applied = new Dictionary<Guid, long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetGuid(0)] = reader.GetInt64(1);
        }

        return applied;
    }

    private async Task<NpgsqlConnection> OpenAsync(string database, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(await graph.ConnectionStringAsync(database, cancellationToken));
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}

/// <summary>Events of one kind in an experiment: sent (the changes that cause them), stored, published, applied, duplicates.</summary>
public sealed record EventTally(string Kind, int Sent, int Stored, int Published, int Applied, long Duplicates)
{
    public int Lost => Sent - Applied;

    public override string ToString() =>
        $"{Kind}: sent {Sent}, stored {Stored}, published {Published}, applied {Applied}, lost {Lost}, duplicates {Duplicates}";
}
