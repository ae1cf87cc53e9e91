using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Streamflix.EventBus.Outbox;
using Streamflix.EventBus.Tests.Outbox;
using Streamflix.ServiceDefaults.Chaos;

namespace Streamflix.EventBus.Tests;

public sealed class FaultScenarioPropagationTests
{
    [Fact]
    public void The_scenario_survives_a_trip_through_message_headers()
    {
        var headers = new Dictionary<string, object?>();
        using (FaultScope.Begin(FaultScenarioParser.Parse("catalog=latency:2000;billing=error@50").Scenario))
        {
            FaultScenarioPropagation.Inject(headers);
        }

        // What the broker hands back: strings as UTF-8 bytes.
        var received = headers.ToDictionary(h => h.Key, h => (object?)Encoding.UTF8.GetBytes((string)h.Value!));

        Assert.Equal("catalog=latency:2000;billing=error@50", FaultScenarioPropagation.Extract(received)!.ToHeaderValue());
    }

    [Fact]
    public void Outside_a_scope_nothing_is_added_and_a_stored_scenario_is_kept()
    {
        var empty = new Dictionary<string, object?>();
        FaultScenarioPropagation.Inject(empty);
        Assert.Empty(empty);

        // A relay publishes an outbox row under whatever scope it runs in: the row's own header wins.
        var stored = new Dictionary<string, object?> { [FaultHeader.Name] = "catalog=error" };
        using (FaultScope.Begin(FaultScenarioParser.Parse("billing=abort").Scenario))
        {
            FaultScenarioPropagation.Inject(stored);
        }

        Assert.Equal("catalog=error", stored[FaultHeader.Name]);
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData(42)]
    public void A_bad_header_gives_no_scenario(object value) =>
        Assert.Null(FaultScenarioPropagation.Extract(new Dictionary<string, object?> { [FaultHeader.Name] = value }));

    [Fact]
    public void An_outbox_row_stored_inside_a_scope_keeps_the_scenario_for_the_relay()
    {
        using var db = new OutboxTestDbContext(new DbContextOptionsBuilder<OutboxTestDbContext>()
            .UseNpgsql("Host=unused;Database=unused").Options);

        OutboxMessage row;
        using (FaultScope.Begin(FaultScenarioParser.Parse("recommendations=error").Scenario))
        {
            row = db.AddOutboxEvent(new TitleViewed(Guid.NewGuid()));
        }

        var outside = db.AddOutboxEvent(new TitleViewed(Guid.NewGuid()));

        Assert.Equal("recommendations=error", JsonSerializer.Deserialize<Dictionary<string, string>>(row.Headers!)![FaultHeader.Name]);
        Assert.True(outside.Headers is null
            || !JsonSerializer.Deserialize<Dictionary<string, string>>(outside.Headers)!.ContainsKey(FaultHeader.Name));
    }
}
