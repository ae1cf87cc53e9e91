using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Streamflix.EventBus.Outbox;
using Streamflix.EventBus.Tests.Broker;

namespace Streamflix.EventBus.Tests.Outbox;

/// <summary>Applies notes through the inbox; fails every delivery while <see cref="Broken"/>.</summary>
public sealed class ReplayedNoteRecorder(OutboxTestDbContext db) : InboxEventHandler<NoteToReplay, OutboxTestDbContext>(db)
{
    public static volatile bool Broken;

    protected override Task ApplyAsync(NoteToReplay integrationEvent, CancellationToken cancellationToken)
    {
        if (Broken)
        {
            throw new InvalidOperationException("notes table is being migrated");
        }

        Db.Notes.Add(new TestNote { Id = Guid.NewGuid(), Text = integrationEvent.Text });
        return Task.CompletedTask;
    }
}

/// <summary>Dead letters counted and replayed through the operations endpoints of a real web app.</summary>
[Collection(OutboxCollection.Name)]
public sealed class DeadLetterReplayTests(LocalPostgres postgres, LocalRabbitMQ broker, ITestOutputHelper output)
{
    private const string Key = "ops-key-for-tests";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Dead_letters_are_counted_and_replayed_through_the_guarded_endpoints_and_then_handled()
    {
        const string queue = "tests.replay";
        await using var app = await StartAppAsync(queue, Key);
        var deadLetters = app.Services.GetRequiredService<IDeadLetters>();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = Limit };

        ReplayedNoteRecorder.Broken = true;
        try
        {
            var publisher = app.Services.GetRequiredService<IEventPublisher>();
            foreach (var text in new[] { "a", "b", "c" })
            {
                await publisher.PublishAsync(new NoteToReplay(text), CancellationToken.None);
            }

            await WaitUntilAsync(async () => await deadLetters.CountAsync(CancellationToken.None) == 3, "three dead letters");
        }
        finally
        {
            ReplayedNoteRecorder.Broken = false;
        }

        var observer = app.Services.GetServices<IHostedService>().OfType<DeadLetterObserver>().Single();
        await observer.ObserveAsync(CancellationToken.None);
        Assert.Equal(3, observer.LastDepth);

        // The key guards both endpoints.
        await AssertProblemAsync(HttpStatusCode.Unauthorized, await http.GetAsync("/eventbus/dead-letters"));
        await AssertProblemAsync(HttpStatusCode.Unauthorized, await SendAsync(http, HttpMethod.Get, "/eventbus/dead-letters", "not-the-key"));
        await AssertProblemAsync(HttpStatusCode.Unauthorized, await SendAsync(http, HttpMethod.Post, "/eventbus/dead-letters/replay", null));

        var count = await ReadJsonAsync(await SendAsync(http, HttpMethod.Get, "/eventbus/dead-letters", Key));
        Assert.Equal(queue + ".dead", count.GetProperty("queue").GetString());
        Assert.Equal(3, count.GetProperty("count").GetInt64());

        foreach (var bad in new[] { "0", "10001", "-1", "many" })
        {
            await AssertProblemAsync(HttpStatusCode.BadRequest, await SendAsync(http, HttpMethod.Post, $"/eventbus/dead-letters/replay?max={bad}", Key));
        }

        Assert.Equal(3, await deadLetters.CountAsync(CancellationToken.None));

        var first = await ReadJsonAsync(await SendAsync(http, HttpMethod.Post, "/eventbus/dead-letters/replay?max=2", Key));
        Assert.Equal(2, first.GetProperty("replayed").GetInt32());
        var rest = await ReadJsonAsync(await SendAsync(http, HttpMethod.Post, "/eventbus/dead-letters/replay", Key));
        Assert.Equal(1, rest.GetProperty("replayed").GetInt32());

        await WaitUntilAsync(async () => (await NotesAsync(app.Services)).Length == 3, "the replayed events are handled");
        Assert.Equal(["a", "b", "c"], (await NotesAsync(app.Services)).Order());
        Assert.Equal(0, await deadLetters.CountAsync(CancellationToken.None));
        var after = await ReadJsonAsync(await SendAsync(http, HttpMethod.Get, "/eventbus/dead-letters", Key));
        Assert.Equal(0, after.GetProperty("count").GetInt64());
        Assert.Equal(0, await deadLetters.ReplayAsync(10, CancellationToken.None));
        await app.StopAsync();
    }

    [Fact]
    public async Task Endpoints_do_not_exist_without_a_configured_key()
    {
        await using var app = await StartAppAsync("tests.replay.nokey", operationsKey: null);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = Limit };

        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(http, HttpMethod.Get, "/eventbus/dead-letters", "anything")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(http, HttpMethod.Post, "/eventbus/dead-letters/replay", "anything")).StatusCode);
        await app.StopAsync();
    }

    private async Task<WebApplication> StartAppAsync(string queue, string? operationsKey)
    {
        var database = await postgres.CreateDatabaseAsync();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = "Streamflix.EventBus.Tests",
            EnvironmentName = Environments.Development,
        });
        OutboxHost.Configure(builder, broker, database, output, queue, new Dictionary<string, string?>
        {
            ["EventBus:MaxDeliveryAttempts"] = "2",
            ["EventBus:OperationsKey"] = operationsKey,
        });
        builder.WebHost.UseUrls($"http://127.0.0.1:{FreePort()}");
        builder.AddOutboxService().AddSubscription<NoteToReplay, ReplayedNoteRecorder>();
        // Like the services: everything requires an authenticated caller unless it says otherwise.
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        var app = builder.Build();
        app.UseAuthorization();
        app.MapEventBusOperations();
        await OutboxHost.CreateSchemaAsync(app.Services);
        await app.StartAsync();
        await WaitForConsumerAsync(queue);
        return app;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string? key)
    {
        var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Add("X-Operations-Key", key);
        }

        return http.SendAsync(request);
    }

    private static async Task AssertProblemAsync(HttpStatusCode expected, HttpResponseMessage response)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<JsonElement>(body);
    }

    private static async Task<string[]> NotesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxTestDbContext>().Notes.Select(n => n.Text).ToArrayAsync();
    }

    private async Task WaitForConsumerAsync(string queue)
    {
        await using var connection = await broker.ConnectAsync();
        await WaitUntilAsync(async () =>
        {
            // A passive declare of a missing queue closes the channel, hence one per attempt.
            await using var channel = await connection.CreateChannelAsync();
            try
            {
                return (await channel.QueueDeclarePassiveAsync(queue)).ConsumerCount > 0;
            }
            catch (OperationInterruptedException)
            {
                return false;
            }
        }, $"a consumer on {queue}");
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
