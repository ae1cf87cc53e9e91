using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Streamflix.Catalog.Data;

/// <summary>
/// Brings the catalog database to the current schema and seeds it, before the service serves.
/// </summary>
public static class CatalogDatabaseInitializer
{
    // Session-level advisory lock shared by every catalog replica: replicas start together under
    // WithReplicas, and two concurrent seeds would collide on primary keys. Any constant works as
    // long as all replicas agree; this one spells "SFXCATLG" in ASCII.
    private const long MigrationLockKey = 0x5346_5843_4154_4C47;

    public static async Task MigrateAndSeedCatalogAsync(this WebApplication app)
    {
        var cancellationToken = app.Lifetime.ApplicationStopping;
        using var activity = CatalogTelemetry.ActivitySource.StartActivity("catalog.migrate-and-seed");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CatalogDatabaseInitializer));

        await EnsureDatabaseExistsAsync(db, cancellationToken);

        // The lock belongs to a session, so lock, migrate, seed and unlock must share one connection.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            logger.LogInformation("Waiting for the catalog migration lock");
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
                var added = await CatalogSeeder.SeedAsync(db, clock, cancellationToken);
                logger.LogInformation("Catalog database migrated; seed added {TitleCount} titles", added);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // The AppHost normally creates catalogdb; creating it here too keeps a bare server usable.
    private static async Task EnsureDatabaseExistsAsync(CatalogDbContext db, CancellationToken cancellationToken)
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
