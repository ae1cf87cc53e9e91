using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Streamflix.EventBus.Outbox;
using Streamflix.EventBus.Tests.Broker;

namespace Streamflix.EventBus.Tests.Outbox;

/// <summary>
/// Records a note per event, and stages a follow-up event: a non-idempotent effect, so a second
/// application would show as a second note.
/// </summary>
public sealed class NoteRecorder(OutboxTestDbContext db) : InboxEventHandler<NoteToApply, OutboxTestDbContext>(db)
{
    public static int FailuresLeft;

    protected override Task ApplyAsync(NoteToApply integrationEvent, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref FailuresLeft) >= 0)
        {
            throw new InvalidOperationException("the note store is unavailable");
        }

        var note = new TestNote { Id = Guid.NewGuid(), Text = integrationEvent.Text };
        Db.Notes.Add(note);
        Db.AddOutboxEvent(new NoteApplied(note.Id));
        return Task.CompletedTask;
    }
}

[Collection(OutboxCollection.Name)]
public sealed class InboxEventHandlerTests(LocalPostgres postgres)
{
    [Fact]
    public async Task Redelivered_event_is_applied_once()
    {
        await using var services = await CreateServicesAsync();
        var applied = new NoteToApply("once");

        await HandleInOwnScopeAsync(services, applied);
        await HandleInOwnScopeAsync(services, applied);

        var (notes, outbox, inbox) = await ReadAsync(services);
        Assert.Equal(["once"], notes);
        Assert.Single(outbox);
        var processed = Assert.Single(inbox);
        Assert.Equal(applied.Id, processed.EventId);
        Assert.Equal(nameof(NoteRecorder), processed.Consumer);
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_event_apply_it_once_and_all_succeed()
    {
        await using var services = await CreateServicesAsync();
        var applied = new NoteToApply("raced");

        // Every delivery in its own scope and connection, as the consumer runs them.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => HandleInOwnScopeAsync(services, applied))));

        var (notes, outbox, inbox) = await ReadAsync(services);
        Assert.Equal(["raced"], notes);
        Assert.Single(outbox);
        Assert.Single(inbox);
    }

    [Fact]
    public async Task Failed_application_leaves_no_trace_and_a_later_delivery_applies_it()
    {
        await using var services = await CreateServicesAsync();
        var applied = new NoteToApply("eventually");
        NoteRecorder.FailuresLeft = 1;
        try
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => HandleInOwnScopeAsync(services, applied));
            var (notesAfterFailure, outboxAfterFailure, inboxAfterFailure) = await ReadAsync(services);
            Assert.Empty(notesAfterFailure);
            Assert.Empty(outboxAfterFailure);
            Assert.Empty(inboxAfterFailure);

            await HandleInOwnScopeAsync(services, applied);
        }
        finally
        {
            NoteRecorder.FailuresLeft = 0;
        }

        var (notes, outbox, inbox) = await ReadAsync(services);
        Assert.Equal(["eventually"], notes);
        Assert.Single(outbox);
        Assert.Single(inbox);
    }

    private async Task<ServiceProvider> CreateServicesAsync()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        // The retrying strategy Aspire turns on: the handler must run its transaction inside it.
        services.AddDbContext<OutboxTestDbContext>(options => options.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure()));
        services.AddScoped<NoteRecorder>();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await OutboxHost.CreateSchemaAsync(provider);
        return provider;
    }

    private static async Task HandleInOwnScopeAsync(IServiceProvider services, NoteToApply integrationEvent)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NoteRecorder>().HandleAsync(integrationEvent, CancellationToken.None);
    }

    private static async Task<(string[] Notes, List<OutboxMessage> Outbox, List<ProcessedEvent> Inbox)> ReadAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutboxTestDbContext>();
        return (await db.Notes.Select(n => n.Text).ToArrayAsync(),
            await db.Set<OutboxMessage>().AsNoTracking().ToListAsync(),
            await db.Set<ProcessedEvent>().AsNoTracking().ToListAsync());
    }
}
