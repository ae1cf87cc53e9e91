using Streamflix.Web.Operations;
using static Streamflix.Web.Tests.OperationsSamples;

namespace Streamflix.Web.Tests;

public sealed class OperationsBoardTests
{
    [Fact]
    public void Instances_are_grouped_by_service_with_health_and_report_age()
    {
        var board = OperationsBoard.Build(Readout(instances:
        [
            Instance("catalog", "host-2", TimeSpan.FromSeconds(1)),
            Instance("catalog", "host-1", TimeSpan.FromSeconds(4), health: "Degraded"),
            Instance("billing", "host-3", TimeSpan.FromSeconds(2)),
        ]), Now);

        Assert.Equal(["billing", "catalog"], board.Services.Select(service => service.Name));
        var catalog = board.Services[1].Instances;
        Assert.Equal(["host-1", "host-2"], catalog.Select(instance => instance.InstanceId));
        Assert.Equal("Degraded", catalog[0].Report!.Health);
        Assert.Equal(TimeSpan.FromSeconds(4), catalog[0].Age);
        Assert.Equal(Now.AddMinutes(-10), catalog[0].Report!.StartedAt);
        Assert.All(catalog, instance => Assert.False(instance.Stale));
    }

    [Fact]
    public void A_report_older_than_fifteen_seconds_is_stale()
    {
        var board = OperationsBoard.Build(Readout(instances:
        [
            Instance("playback", "old", TimeSpan.FromSeconds(16)),
            Instance("playback", "edge-of-fresh", TimeSpan.FromSeconds(15)),
        ]), Now);

        var instances = board.Services.Single().Instances.ToDictionary(instance => instance.InstanceId);
        Assert.True(instances["old"].Stale);
        Assert.False(instances["edge-of-fresh"].Stale);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"service\":\"catalog\"")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("{\"service\":\"catalog\",\"instanceId\":\"x\"}")] // no reportedAt: no age to show
    [InlineData("{\"service\":\"catalog\",\"instanceId\":\"x\",\"reportedAt\":\"yesterday\"}")]
    [InlineData("{\"service\":\"catalog\",\"instanceId\":\"x\",\"reportedAt\":\"2026-11-28T22:00:00Z\",\"circuits\":[{\"state\":\"open\"}]}")]
    public void A_malformed_report_is_listed_as_unreadable_under_its_key(string json)
    {
        var board = OperationsBoard.Build(Readout(instances:
        [
            new StoredEntry(InstanceReport.KeyFor("catalog", "broken-1"), json),
            Instance("catalog", "fine", TimeSpan.FromSeconds(1)),
        ]), Now);

        var instances = board.Services.Single().Instances;
        var broken = Assert.Single(instances, instance => instance.InstanceId == "broken-1");
        Assert.True(broken.Unreadable);
        Assert.Equal("catalog", broken.Service);
        Assert.False(Assert.Single(instances, instance => instance.InstanceId == "fine").Unreadable);
    }

    [Fact]
    public void A_key_that_expired_between_listing_and_reading_is_left_out()
    {
        var board = OperationsBoard.Build(Readout(instances: [new StoredEntry(InstanceReport.KeyFor("catalog", "gone"), null)]), Now);

        Assert.Empty(board.Services);
    }

    [Fact]
    public void An_instance_id_may_contain_colons()
    {
        var board = OperationsBoard.Build(Readout(instances: [Instance("web", "host:8080:42", TimeSpan.Zero)]), Now);

        var instance = board.Services.Single().Instances.Single();
        Assert.Equal("web", instance.Service);
        Assert.Equal("host:8080:42", instance.InstanceId);
    }

    [Fact]
    public void Open_circuits_are_listed_first_with_their_bulkhead_figures()
    {
        var board = OperationsBoard.Build(Readout(instances:
        [
            Instance("playback", "p1", TimeSpan.FromSeconds(1), circuits: """
                [{"target":"catalog","state":"closed","bulkheadInUse":1,"bulkheadQueued":0,"rejected":0},
                 {"target":"billing","state":"open","bulkheadInUse":0,"bulkheadQueued":2,"rejected":17}]
                """),
            Instance("web", "w1", TimeSpan.FromSeconds(1), circuits: """
                [{"target":"recommendations","state":"half-open","bulkheadInUse":3,"bulkheadQueued":1,"rejected":4}]
                """),
        ]), Now);

        Assert.Equal(["billing", "recommendations", "catalog"], board.Circuits.Select(circuit => circuit.Target));
        var open = board.Circuits[0];
        Assert.True(open.IsOpen);
        Assert.Equal(("playback", "p1", 0, 2, 17L), (open.Caller, open.CallerInstance, open.BulkheadInUse, open.BulkheadQueued, open.Rejected));
        Assert.False(board.Circuits[1].IsOpen);
    }

    [Fact]
    public void A_dead_letter_queue_shared_by_replicas_shows_the_freshest_depth()
    {
        var board = OperationsBoard.Build(Readout(instances:
        [
            Instance("billing", "older", TimeSpan.FromSeconds(4), deadLetters: """[{"queue":"billing.dead","depth":2}]"""),
            Instance("billing", "newer", TimeSpan.FromSeconds(1), deadLetters: """[{"queue":"billing.dead","depth":5}]"""),
            Instance("catalog", "c1", TimeSpan.FromSeconds(2), deadLetters: """[{"queue":"catalog.dead","depth":0}]"""),
        ]), Now);

        Assert.Equal(["billing.dead", "catalog.dead"], board.DeadLetters.Select(queue => queue.Queue));
        Assert.Equal(5, board.DeadLetters[0].Depth);
        Assert.Contains("newer", board.DeadLetters[0].ReportedBy);
    }

    [Fact]
    public void Stale_reports_give_no_queue_figures()
    {
        var board = OperationsBoard.Build(Readout(instances:
        [
            Instance("encoder", "e1", TimeSpan.FromSeconds(30), extra: """{"encodingQueueDepth":"9"}""", deadLetters: """[{"queue":"encoder.dead","depth":1}]"""),
        ]), Now);

        Assert.Null(board.EncodingQueue);
        Assert.Empty(board.DeadLetters);
    }

    [Theory]
    [InlineData("""{"encodingQueueDepth":"3"}""", "3")]
    [InlineData("""{"encodingQueueDepth":3}""", "3")]
    public void The_encoder_queue_depth_comes_from_the_encoders_extra_figures(string extra, string expected)
    {
        var board = OperationsBoard.Build(Readout(instances:
        [
            Instance("encoder", "e1", TimeSpan.FromSeconds(2), extra: extra),
            Instance("catalog", "c1", TimeSpan.FromSeconds(1), extra: """{"encodingQueueDepth":"99"}"""),
        ]), Now);

        Assert.Equal(expected, board.EncodingQueue?.Depth);
        Assert.Equal("e1", board.EncodingQueue?.InstanceId);
    }

    [Fact]
    public void Edge_heartbeats_map_to_health_region_load_hit_ratio_and_age()
    {
        var board = OperationsBoard.Build(Readout(edges:
        [
            Heartbeat("edge-2", "us-east", healthy: false, TimeSpan.FromSeconds(1)),
            Heartbeat("edge-1", "eu-west", healthy: true, TimeSpan.FromSeconds(2), hitRatio: 0.5),
            Heartbeat("edge-3", "ap-south", healthy: true, TimeSpan.FromSeconds(20)),
            new StoredHeartbeat("edge-4", null),
            new StoredHeartbeat("edge-5", "{oops"),
        ]), Now);

        Assert.Equal(["edge-1", "edge-2", "edge-3", "edge-4", "edge-5"], board.Edges.Select(edge => edge.Name));
        Assert.Equal(
            [EdgeState.Healthy, EdgeState.Unhealthy, EdgeState.Stale, EdgeState.Silent, EdgeState.Unreadable],
            board.Edges.Select(edge => edge.State));
        var first = board.Edges[0];
        Assert.Equal("eu-west", first.Heartbeat!.Region);
        Assert.Equal(0.5, first.Heartbeat.HitRatio);
        Assert.Equal(3, first.Heartbeat.ActiveRequests);
        Assert.Equal(TimeSpan.FromSeconds(2), first.Age);
    }

    [Fact]
    public void Chaos_keys_become_faults_with_their_time_left_and_a_bad_value_is_unreadable()
    {
        var board = OperationsBoard.Build(Readout(faults:
        [
            new StoredFault(ChaosFault.KeyPrefix + "catalog", """{"kind":"latency","latencyMs":2000,"percent":100}""", TimeSpan.FromSeconds(25)),
            new StoredFault(ChaosFault.KeyPrefix + "billing", "garbage", null),
        ]), Now);

        Assert.Equal(["billing", "catalog"], board.Faults.Select(fault => fault.Service));
        Assert.Null(board.Faults[0].Fault);
        Assert.Equal("latency 2000 ms on 100 % of requests", board.Faults[1].Fault!.Describe());
        Assert.Equal(TimeSpan.FromSeconds(25), board.Faults[1].Remaining);
    }

    [Fact]
    public void An_error_fault_without_a_percent_applies_to_every_request() =>
        Assert.Equal("error on 100 % of requests", ChaosFault.TryParse("""{"kind":"error"}""")!.Describe());
}
