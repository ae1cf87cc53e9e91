using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Streamflix.Catalog.Data;
using Streamflix.Catalog.Events;
using Streamflix.Catalog.Model;
using Streamflix.EventBus;
using Streamflix.EventBus.Outbox;

namespace Streamflix.Catalog.Tests;

/// <summary>
/// The catalog's model in an in-memory SQLite database (one per test): real relational saves,
/// outbox rows included, without a database process.
/// </summary>
internal sealed class CatalogStore : IDisposable
{
    // The database lives as long as one connection to it stays open.
    private readonly SqliteConnection _connection = new("DataSource=:memory:");

    public CatalogStore()
    {
        _connection.Open();
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public void Dispose() => _connection.Dispose();

    public CatalogDbContext NewContext(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<CatalogDbContext>()
            .UseSqlite(_connection)
            .ReplaceService<IModelCustomizer, SqliteRowVersion>()
            .AddInterceptors(interceptors)
            .Options);

    public async Task AddAsync(Title title)
    {
        await using var db = NewContext();
        var genre = new Genre { Id = "drama", Name = "Drama", DisplayOrder = 1 };
        title.Genres.Add(genre);
        db.Add(title);
        await db.SaveChangesAsync();
    }

    /// <summary>Every event stored in the outbox so far, oldest first.</summary>
    public async Task<IReadOnlyList<IntegrationEvent>> OutboxAsync()
    {
        await using var db = NewContext();
        var rows = (await db.Set<OutboxMessage>().AsNoTracking().ToListAsync()).OrderBy(m => m.OccurredAt);
        return [.. rows.Select(row => EventSerializer.Deserialize(row.Body, EventType(row.Type))!)];
    }

    // The routing key is the event record's type name (OutboxMessage.Type).
    private static Type EventType(string routingKey) =>
        new[] { typeof(TitlePublished), typeof(TitleUpdated) }.Single(type => type.Name == routingKey);
}

/// <summary>
/// Postgres fills the row version (xmin) itself; SQLite has no such column, so it gets a default
/// to read back. The concurrency check stays in the statements; a lost race is simulated below.
/// </summary>
internal sealed class SqliteRowVersion(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        modelBuilder.Entity<Title>().Property<uint>("RowVersion").HasDefaultValue(0u);
    }
}

/// <summary>
/// Makes the first SaveChanges lose a race, as Postgres' xmin check does when another replica
/// changed the title meanwhile: <c>concurrentChange</c> runs first (the other replica's commit).
/// </summary>
internal sealed class LostRaceOnFirstSave(Func<Task>? concurrentChange = null) : SaveChangesInterceptor
{
    public int Saves { get; private set; }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (++Saves == 1)
        {
            if (concurrentChange is not null)
            {
                await concurrentChange();
            }
            throw new DbUpdateConcurrencyException("The title changed since it was read.");
        }
        return result;
    }
}
