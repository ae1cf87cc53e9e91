using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Streamflix.Billing.Data;

/// <summary>Brings the billing database to the current schema before the service serves.</summary>
public static class BillingDatabaseInitializer
{
    // Session-level advisory lock shared by every billing replica, so that replicas starting
    // together migrate one after the other. Spells "SFXBILLG" in ASCII.
    private const long MigrationLockKey = 0x5346_5842_494C_4C47;

    public static async Task MigrateBillingDatabaseAsync(this WebApplication app)
    {
        var cancellationToken = app.Lifetime.ApplicationStopping;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BillingDatabaseInitializer));

        await EnsureDatabaseExistsAsync(db, cancellationToken);

        // The lock belongs to a session, so lock, migrate and unlock must share one connection.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            logger.LogInformation("Waiting for the billing migration lock");
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
                logger.LogInformation("Billing database migrated");
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

    // The AppHost normally creates billingdb; creating it here too keeps a bare server usable.
    private static async Task EnsureDatabaseExistsAsync(BillingDbContext db, CancellationToken cancellationToken)
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
