using StackExchange.Redis;

namespace Streamflix.ServiceDefaults.Chaos;

/// <summary>Reads and writes this service's shared fault in Redis (<see cref="ServerFault.KeyFor"/>).</summary>
public sealed class ServerFaultStore(RedisConnectionSource redis, ServiceIdentity identity, TimeProvider clock)
{
    public string Key => ServerFault.KeyFor(identity.Service);

    public async Task<ServerFault?> GetAsync(CancellationToken cancellationToken)
    {
        var database = await DatabaseAsync(cancellationToken);
        var stored = await database.StringGetWithExpiryAsync(Key);
        return ServerFault.FromJson(stored.Value) is { } fault
            ? fault with { ExpiresAt = stored.Expiry is { } left ? clock.GetUtcNow() + left : null }
            : null;
    }

    public async Task<ServerFault> SetAsync(ServerFault fault, TimeSpan duration, CancellationToken cancellationToken)
    {
        var database = await DatabaseAsync(cancellationToken);
        await database.StringSetAsync(Key, fault.ToJson(), duration);
        return fault with { ExpiresAt = clock.GetUtcNow() + duration };
    }

    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        var database = await DatabaseAsync(cancellationToken);
        await database.KeyDeleteAsync(Key);
    }

    private async Task<IDatabase> DatabaseAsync(CancellationToken cancellationToken) =>
        (await redis.GetAsync(cancellationToken) ?? throw new InvalidOperationException(
            $"No Redis connection ('{RedisConnectionSource.ConnectionName}') in this process: the shared fault cannot be kept.")).GetDatabase();
}
