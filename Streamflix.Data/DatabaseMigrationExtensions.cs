using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Every service's database the same way: migrated (and seeded) before the service serves.</summary>
public static class DatabaseMigrationExtensions
{
    /// <summary>
    /// Creates the database when the server lacks it, then applies the migrations and runs
    /// <paramref name="seed"/> while holding a Postgres advisory lock: replicas that start
    /// together (WithReplicas) take turns instead of racing on the schema or the seed rows.
    /// The seed gets the migrating scope's context, on the connection that holds the lock.
    /// </summary>
    public static async Task MigrateDatabaseAsync<TDbContext>(
        this WebApplication app,
        Func<TDbContext, IServiceProvider, CancellationToken, Task>? seed = null)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(app);
        var cancellationToken = app.Lifetime.ApplicationStopping;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TDbContext));
        var lockKey = MigrationLockKey(typeof(TDbContext));

        await EnsureDatabaseExistsAsync(db, cancellationToken);

        // The lock belongs to a session, so lock, migrate, seed and unlock must share one connection.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            logger.LogInformation("Waiting for the migration lock of {Database}", typeof(TDbContext).Name);
            await AcquireLockAsync(db, lockKey, cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
                if (seed is not null)
                {
                    await seed(db, scope.ServiceProvider, cancellationToken);
                }

                logger.LogInformation("{Database} migrated{Seeded}", typeof(TDbContext).Name, seed is null ? "" : " and seeded");
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({lockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Polls <c>pg_try_advisory_lock</c> rather than blocking in <c>pg_advisory_lock</c>: a blocking wait is
    /// one command, cut at the command timeout (30 s), and a replica that waited that long for a busy
    /// sibling's migration crashed at start (seen with three catalog replicas on a loaded machine).
    /// </summary>
    private static async Task AcquireLockAsync(DbContext db, long lockKey, CancellationToken cancellationToken)
    {
        while (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({lockKey}) AS \"Value\"").SingleAsync(cancellationToken))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    /// <summary>
    /// The same key in every replica of one service and a different one per service (each has its
    /// own database, but a shared server would otherwise serialise unrelated services' starts).
    /// </summary>
    internal static long MigrationLockKey(Type dbContextType) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("streamflix-migrations:" + dbContextType.FullName)), 0);

    // The AppHost normally creates the database; creating it here too keeps a bare server usable.
    private static async Task EnsureDatabaseExistsAsync(DbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another replica created it first.
        }
    }
}
