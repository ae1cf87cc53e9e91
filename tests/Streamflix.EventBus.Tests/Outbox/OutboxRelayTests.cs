using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Streamflix.EventBus.Outbox;
using Streamflix.EventBus.Tests.Broker;

namespace Streamflix.EventBus.Tests.Outbox;

/// <summary>The relay against a real Postgres and a real broker, in hosts wired like a service.</summary>
[Collection(OutboxCollection.Name)]
public sealed class OutboxRelayTests(LocalPostgres postgres, LocalRabbitMQ broker, ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Event_stored_with_its_change_is_published_once_and_marked_published()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var queue = await BoundQueue.CreateAsync(broker, nameof(NoteStoredOnce));
        // A poll interval far beyond the test's limits: only the commit's wake-up can publish in time.
        var builder = OutboxHost.CreateBuilder(broker, database, output,
            settings: new Dictionary<string, string?> { ["Outbox:PollInterval"] = "00:10:00" });
        builder.AddOutboxService();
        using var host = builder.Build();
        await OutboxHost.CreateSchemaAsync(host.Services);
        await host.StartAsync();

        var plain = new NoteStoredOnce(Guid.NewGuid());
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OutboxTestDbContext>();
            db.Notes.Add(new TestNote { Id = plain.NoteId, Text = "saved on its own" });
            db.AddOutboxEvent(plain);
            await db.SaveChangesAsync();
        }

        await queue.WaitForAsync(1, Limit);

        // The same through an explicit transaction (in the execution strategy, as Aspire requires).
        var inTransaction = new NoteStoredOnce(Guid.NewGuid());
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OutboxTestDbContext>();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                db.Notes.Add(new TestNote { Id = inTransaction.NoteId, Text = "saved in a transaction" });
                await db.SaveChangesAsync();
                db.AddOutboxEvent(inTransaction);
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            });
        }

        await queue.WaitForAsync(2, Limit);
        await queue.SettleAsync(TimeSpan.FromSeconds(1));
        await host.StopAsync();

        Assert.Equal([plain.Id.ToString(), inTransaction.Id.ToString()], queue.MessageIds);
        var body = EventSerializer.Deserialize(queue.Received[0].Body.Span, typeof(NoteStoredOnce));
        Assert.Equal(plain, body);
        var rows = await ReadOutboxAsync(host.Services);
        Assert.All(rows, row =>
        {
            Assert.NotNull(row.PublishedAt);
            Assert.Equal(0, row.Attempts);
        });
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public async Task Event_whose_transaction_rolled_back_is_never_published()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var queue = await BoundQueue.CreateAsync(broker, nameof(NoteRolledBack));
        var builder = OutboxHost.CreateBuilder(broker, database, output);
        builder.AddOutboxService();
        using var host = builder.Build();
        await OutboxHost.CreateSchemaAsync(host.Services);
        await host.StartAsync();

        var rolledBack = new NoteRolledBack(Guid.NewGuid());
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OutboxTestDbContext>();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                db.Notes.Add(new TestNote { Id = rolledBack.NoteId, Text = "never happened" });
                db.AddOutboxEvent(rolledBack);
                await db.SaveChangesAsync();
                await transaction.RollbackAsync();
            });
        }

        // A later committed event goes out; the relay has looked at the table since the rollback.
        var committed = new NoteRolledBack(Guid.NewGuid());
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OutboxTestDbContext>();
            db.AddOutboxEvent(committed);
            await db.SaveChangesAsync();
        }

        await queue.WaitForAsync(1, Limit);
        await queue.SettleAsync(TimeSpan.FromSeconds(1.5));
        await host.StopAsync();

        Assert.Equal([committed.Id.ToString()], queue.MessageIds);
        var row = Assert.Single(await ReadOutboxAsync(host.Services));
        Assert.Equal(committed.Id, row.Id);
    }

    [Fact]
    public async Task Events_stay_pending_with_growing_backoff_while_the_broker_is_down_and_go_out_when_it_is_back()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var queue = await BoundQueue.CreateAsync(broker, nameof(NoteDuringOutage));
        var builder = OutboxHost.CreateBuilder(broker, database, output);
        builder.AddOutboxService();
        UseOutagePublisher(builder);
        using var host = builder.Build();
        await OutboxHost.CreateSchemaAsync(host.Services);
        var outage = host.Services.GetRequiredService<OutagePublisher>();
        outage.Down = true;
        await host.StartAsync();

        var first = new NoteDuringOutage(1);
        var second = new NoteDuringOutage(2);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OutboxTestDbContext>();
            db.AddOutboxEvent(first);
            db.AddOutboxEvent(second with { OccurredAt = first.OccurredAt.AddMilliseconds(1) });
            await db.SaveChangesAsync();
        }

        // Watch the first row's attempts climb; each failure pushes its next attempt further out.
        var seen = new List<(int Attempts, DateTimeOffset NextAttemptAt)>();
        var started = Stopwatch.StartNew();
        while (seen.Count == 0 || seen[^1].Attempts < 4)
        {
            Assert.True(started.Elapsed < Limit, $"attempts did not reach 4 within {Limit}: {string.Join(", ", seen)}");
            var rows = await ReadOutboxAsync(host.Services);
            var row = rows.Single(r => r.Id == first.Id);
            var behind = rows.Single(r => r.Id == second.Id);
            Assert.Null(row.PublishedAt);
            // The later event is not attempted ahead of the earlier one: it waits as long.
            Assert.Null(behind.PublishedAt);
            Assert.Equal(0, behind.Attempts);
            Assert.True(behind.NextAttemptAt >= row.NextAttemptAt || row.Attempts == 0, $"{behind.NextAttemptAt:O} < {row.NextAttemptAt:O}");
            if (seen.Count == 0 || seen[^1].Attempts != row.Attempts)
            {
                seen.Add((row.Attempts, row.NextAttemptAt));
                if (row.Attempts > 0)
                {
                    Assert.Contains("simulated outage", row.LastError ?? "");
                }
            }

            await Task.Delay(20);
        }

        var failedRounds = seen.Where(s => s.Attempts > 0).ToArray();
        Assert.True(failedRounds.Length >= 2, string.Join(", ", seen));
        for (var i = 1; i < failedRounds.Length; i++)
        {
            Assert.True(failedRounds[i].Attempts > failedRounds[i - 1].Attempts);
            Assert.True(failedRounds[i].NextAttemptAt > failedRounds[i - 1].NextAttemptAt, string.Join(", ", seen));
        }

        Assert.Equal(0, await queue.DrainAsync());

        outage.Down = false;
        await queue.WaitForAsync(2, Limit);
        await WaitUntilAsync(async () => (await ReadOutboxAsync(host.Services)).All(r => r.PublishedAt is not null), "rows are marked published");
        await queue.SettleAsync(TimeSpan.FromSeconds(1));
        await host.StopAsync();

        // Oldest first, each once.
        Assert.Equal([first.Id.ToString(), second.Id.ToString()], queue.MessageIds);
    }

    [Fact]
    public async Task Two_relays_on_one_table_never_publish_a_row_twice()
    {
        const int events = 300;
        var database = await postgres.CreateDatabaseAsync();
        await using var queue = await BoundQueue.CreateAsync(broker, nameof(NoteForTwoRelays));
        var settings = new Dictionary<string, string?>
        {
            ["Outbox:BatchSize"] = "10",
            ["Outbox:PollInterval"] = "00:00:00.050",
        };
        var hosts = new List<IHost>();
        for (var replica = 0; replica < 2; replica++)
        {
            var builder = OutboxHost.CreateBuilder(broker, database, output, settings: settings);
            builder.AddOutboxService();
            UseOutagePublisher(builder);
            hosts.Add(builder.Build());
        }

        await OutboxHost.CreateSchemaAsync(hosts[0].Services);
        var expected = new HashSet<string>();
        await using (var scope = hosts[0].Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OutboxTestDbContext>();
            var start = DateTimeOffset.UtcNow;
            for (var i = 0; i < events; i++)
            {
                var stored = new NoteForTwoRelays(i) { OccurredAt = start.AddMilliseconds(i) };
                db.AddOutboxEvent(stored);
                expected.Add(stored.Id.ToString());
            }

            await db.SaveChangesAsync();
        }

        foreach (var host in hosts)
        {
            // A little time per publish keeps both relays busy at once.
            host.Services.GetRequiredService<OutagePublisher>().DelayPerPublish = TimeSpan.FromMilliseconds(3);
        }

        await Task.WhenAll(hosts.Select(h => h.StartAsync()));
        await queue.WaitForAsync(events, TimeSpan.FromSeconds(60));
        await queue.SettleAsync(TimeSpan.FromSeconds(1.5));
        await Task.WhenAll(hosts.Select(h => h.StopAsync()));

        var perRelay = hosts.Select(h => h.Services.GetRequiredService<OutagePublisher>().Published).ToArray();
        output.WriteLine($"published per relay: {string.Join(", ", perRelay)}");
        Assert.Equal(events, perRelay.Sum());
        Assert.Equal(events, queue.MessageIds.Count);
        Assert.Equal(expected, queue.MessageIds.Select(id => id ?? "").ToHashSet());
        Assert.All(await ReadOutboxAsync(hosts[0].Services), row => Assert.NotNull(row.PublishedAt));
        foreach (var host in hosts)
        {
            host.Dispose();
        }
    }

    [Fact]
    public async Task Published_rows_past_retention_are_deleted_and_pending_ones_are_measured()
    {
        var database = await postgres.CreateDatabaseAsync();
        var builder = OutboxHost.CreateBuilder(broker, database, output);
        builder.AddOutboxService();
        using var host = builder.Build();
        await OutboxHost.CreateSchemaAsync(host.Services);

        var now = DateTimeOffset.UtcNow;
        var old = new HeaderProbe(1) { OccurredAt = now.AddDays(-9) };
        var recent = new HeaderProbe(2) { OccurredAt = now.AddDays(-1) };
        var pending = new HeaderProbe(3) { OccurredAt = now.AddMinutes(-5) };
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OutboxTestDbContext>();
            db.AddOutboxEvent(old).PublishedAt = now.AddDays(-8);
            db.AddOutboxEvent(recent).PublishedAt = now.AddDays(-1);
            // Not due for a long while, so the relay leaves it pending during the test.
            db.AddOutboxEvent(pending).NextAttemptAt = now.AddDays(1);
            await db.SaveChangesAsync();
        }

        // Without starting the host: the relay's own maintenance steps, called directly.
        var relay = host.Services.GetRequiredService<OutboxRelay<OutboxTestDbContext>>();
        Assert.Equal(1, await relay.DeletePublishedAsync(CancellationToken.None));
        await relay.MeasurePendingAsync(CancellationToken.None);

        var rows = await ReadOutboxAsync(host.Services);
        Assert.Equal(new[] { recent.Id, pending.Id }.Order(), rows.Select(r => r.Id).Order());
        var measured = host.Services.GetRequiredService<OutboxTelemetry>().LastMeasured(nameof(OutboxTestDbContext));
        Assert.NotNull(measured);
        Assert.Equal(1, measured.Count);
        Assert.Equal(pending.OccurredAt.ToUnixTimeMilliseconds(), measured.OldestOccurredAt!.Value.ToUnixTimeMilliseconds());
    }

    private static void UseOutagePublisher(HostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => new OutagePublisher(sp.GetRequiredService<EventPublisher>()));
        builder.Services.Replace(ServiceDescriptor.Singleton<IEventMessagePublisher>(sp => sp.GetRequiredService<OutagePublisher>()));
    }

    private static async Task<List<OutboxMessage>> ReadOutboxAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutboxTestDbContext>();
        return await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.OccurredAt).ToListAsync();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var started = Stopwatch.StartNew();
        while (!await condition())
        {
            if (started.Elapsed > Limit)
            {
                throw new TimeoutException($"Not within {Limit}: {what}");
            }

            await Task.Delay(50);
        }
    }
}
