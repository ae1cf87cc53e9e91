using Npgsql;

namespace Streamflix.IntegrationTests;

/// <summary>
/// Exactly-once evidence that no contract exposes: the producer's outbox and the consumer's inbox,
/// read straight from the two services' databases.
/// </summary>
public static class EventCounts
{
    /// <summary>AccountCreated events in the accounts outbox for these accounts: event id by account, and whether published.</summary>
    public static async Task<IReadOnlyDictionary<Guid, (Guid EventId, bool Published)>> AccountCreatedOutboxAsync(
        StreamflixAppFixture fixture, IReadOnlyCollection<Guid> accountIds)
    {
        await using var connection = new NpgsqlConnection(await fixture.ConnectionStringAsync("accountsdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT (convert_from(body, 'UTF8')::json ->> 'accountId')::uuid, id, published_at IS NOT NULL
            FROM outbox_messages
            WHERE type = 'AccountCreated' AND (convert_from(body, 'UTF8')::json ->> 'accountId')::uuid = ANY(@accounts)
            """, connection);
        command.Parameters.AddWithValue("accounts", accountIds.ToArray());
        var events = new Dictionary<Guid, (Guid, bool)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            events.Add(reader.GetGuid(0), (reader.GetGuid(1), reader.GetBoolean(2)));
        }

        return events;
    }

    /// <summary>How many times billing applied each account's AccountCreated: its inbox rows for the account's event id.</summary>
    public static async Task<IReadOnlyDictionary<Guid, long>> AppliedAccountCreatedAsync(
        StreamflixAppFixture fixture, IReadOnlyCollection<Guid> accountIds)
    {
        var outbox = await AccountCreatedOutboxAsync(fixture, accountIds);
        await using var connection = new NpgsqlConnection(await fixture.ConnectionStringAsync("billingdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT event_id, count(*) FROM processed_events WHERE event_id = ANY(@events) GROUP BY event_id", connection);
        command.Parameters.AddWithValue("events", outbox.Values.Select(v => v.EventId).ToArray());
        var applied = new Dictionary<Guid, long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            applied[reader.GetGuid(0)] = reader.GetInt64(1);
        }

        return outbox.ToDictionary(e => e.Key, e => applied.GetValueOrDefault(e.Value.EventId));
    }

    /// <summary>Billing customer rows per account (more than one would be a duplicate effect).</summary>
    public static async Task<IReadOnlyDictionary<Guid, long>> BillingCustomersAsync(
        StreamflixAppFixture fixture, IReadOnlyCollection<Guid> accountIds)
    {
        await using var connection = new NpgsqlConnection(await fixture.ConnectionStringAsync("billingdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT account_id, count(*) FROM customers WHERE account_id = ANY(@accounts) GROUP BY account_id", connection);
        command.Parameters.AddWithValue("accounts", accountIds.ToArray());
        var customers = new Dictionary<Guid, long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            customers[reader.GetGuid(0)] = reader.GetInt64(1);
        }

        return customers;
    }
}
