using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using RabbitMQ.Client;
using StackExchange.Redis;

namespace Streamflix.AppHost.Infrastructure;

/// <summary>
/// "Ready" for the local servers means a client can do real work, not that the process exists:
/// <c>WaitFor</c> in the AppHost waits for these, so services never start against a server that
/// is still booting (RabbitMQ takes ~5 s).
/// </summary>
internal abstract class ReadinessCheck(IResourceWithConnectionString resource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var connectionString = await resource.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(connectionString))
            {
                return HealthCheckResult.Unhealthy($"{resource.Name} has no connection string yet.");
            }

            await ProbeAsync(connectionString, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{resource.Name} is not ready: {exception.Message}");
        }
    }

    protected abstract Task ProbeAsync(string connectionString, CancellationToken cancellationToken);
}

internal sealed class PostgresReadinessCheck(IResourceWithConnectionString resource) : ReadinessCheck(resource)
{
    protected override async Task ProbeAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 3 };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}

internal sealed class RedisReadinessCheck(IResourceWithConnectionString resource) : ReadinessCheck(resource)
{
    protected override async Task ProbeAsync(string connectionString, CancellationToken cancellationToken)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = 3000;
        await using var connection = await ConnectionMultiplexer.ConnectAsync(options).ConfigureAwait(false);
        await connection.GetDatabase().PingAsync().ConfigureAwait(false);
    }
}

internal sealed class RabbitMQReadinessCheck(IResourceWithConnectionString resource) : ReadinessCheck(resource)
{
    protected override async Task ProbeAsync(string connectionString, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(connectionString),
            RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
            AutomaticRecoveryEnabled = false,
        };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
