using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Streamflix.ServiceDefaults;

/// <summary>
/// The process's Redis for the chaos control plane and instance reports: the multiplexer the
/// service registered itself (AddRedisClient), else one connection of our own to the
/// <c>redis</c> connection string, opened on first use. Registering a second client through the
/// Aspire integration would clash with the service's own registration (health check names).
/// </summary>
public sealed class RedisConnectionSource(IServiceProvider services, IConfiguration configuration) : IAsyncDisposable
{
    public const string ConnectionName = "redis";

    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ConnectionMultiplexer? _own;

    public bool IsAvailable =>
        services.GetService<IConnectionMultiplexer>() is not null || configuration.GetConnectionString(ConnectionName) is { Length: > 0 };

    /// <summary>Null when this process has no Redis; throws when it has one that cannot be reached now.</summary>
    public async ValueTask<IConnectionMultiplexer?> GetAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IConnectionMultiplexer>() is { } registered)
        {
            return registered;
        }

        if (_own is not null)
        {
            return _own;
        }

        if (configuration.GetConnectionString(ConnectionName) is not { Length: > 0 } connectionString)
        {
            return null;
        }

        await _connecting.WaitAsync(cancellationToken);
        try
        {
            if (_own is null)
            {
                var options = ConfigurationOptions.Parse(connectionString);
                // Reconnects by itself after a Redis restart instead of failing for good.
                options.AbortOnConnectFail = false;
                _own = await ConnectionMultiplexer.ConnectAsync(options);
            }

            return _own;
        }
        finally
        {
            _connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_own is not null)
        {
            await _own.DisposeAsync();
        }

        _connecting.Dispose();
    }
}
