using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Streamflix.Accounts.Data;

/// <summary>
/// Brings the accounts database to the current schema and seeds the administrator, before the
/// service serves.
/// </summary>
public static class AccountsDatabaseInitializer
{
    // Session-level advisory lock shared by every accounts replica: replicas start together under
    // WithReplicas and must not migrate or seed at once. Any constant works as long as all
    // replicas agree; this one spells "SFXACCTS" in ASCII.
    private const long MigrationLockKey = 0x5346_5841_4343_5453;

    public static async Task MigrateAndSeedAccountsAsync(this WebApplication app)
    {
        var cancellationToken = app.Lifetime.ApplicationStopping;
        using var activity = AccountsTelemetry.ActivitySource.StartActivity("accounts.migrate-and-seed");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var seeder = scope.ServiceProvider.GetRequiredService<AdminAccountSeeder>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AccountsDatabaseInitializer));

        await EnsureDatabaseExistsAsync(db, cancellationToken);

        // The lock belongs to a session, so lock, migrate, seed and unlock must share one connection
        // (the seeder's context is this scope's, on the same open connection).
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            logger.LogInformation("Waiting for the accounts migration lock");
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
                logger.LogInformation("Accounts database migrated");
                await seeder.SeedAsync(cancellationToken);
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

    // The AppHost normally creates accountsdb; creating it here too keeps a bare server usable.
    private static async Task EnsureDatabaseExistsAsync(AccountsDbContext db, CancellationToken cancellationToken)
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
