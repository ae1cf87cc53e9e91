using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Streamflix.ServiceDefaults.Chaos;
using Streamflix.ServiceDefaults.Instances;
using Streamflix.ServiceDefaults.Resilience;

namespace Streamflix.ServiceDefaults.Tests.Chaos;

public sealed class InstanceReportTests
{
    [Fact]
    public void The_report_has_the_contracts_camel_case_shape()
    {
        var at = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var figures = new InstanceFigures();
        figures.DeadLetters.Add(new DeadLetterReport("billing.dead", 3));
        figures.Extra["encodingQueueDepth"] = "3";
        using var circuit = new ClientCircuit("playback", "billing", new GrpcClientPolicy());

        var report = InstanceReportBuilder.Build(new ServiceIdentity("playback", "host-42", at), at.AddMinutes(1), HealthStatus.Degraded,
            [circuit], new ServerFault("latency", 2000, 100) { ExpiresAt = at.AddMinutes(2) }, figures);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        var root = json.RootElement;

        Assert.Equal("streamflix:instances:playback:host-42", InstanceReport.KeyFor(report.Service, report.InstanceId));
        Assert.Equal("playback", root.GetProperty("service").GetString());
        Assert.Equal("host-42", root.GetProperty("instanceId").GetString());
        Assert.Equal("2030-01-02T03:04:05+00:00", root.GetProperty("startedAt").GetString());
        Assert.Equal("Degraded", root.GetProperty("health").GetString());
        var circuitJson = root.GetProperty("circuits")[0];
        Assert.Equal("billing", circuitJson.GetProperty("target").GetString());
        Assert.Equal("closed", circuitJson.GetProperty("state").GetString());
        Assert.Equal(0, circuitJson.GetProperty("bulkheadInUse").GetInt32());
        Assert.Equal(0, circuitJson.GetProperty("bulkheadQueued").GetInt32());
        Assert.Equal(0, circuitJson.GetProperty("rejected").GetInt64());
        Assert.Equal("latency", root.GetProperty("chaos").GetProperty("kind").GetString());
        Assert.Equal(2000, root.GetProperty("chaos").GetProperty("latencyMs").GetInt32());
        Assert.Equal("2030-01-02T03:06:05+00:00", root.GetProperty("chaos").GetProperty("expiresAt").GetString());
        Assert.Equal("billing.dead", root.GetProperty("deadLetters")[0].GetProperty("queue").GetString());
        Assert.Equal(3, root.GetProperty("deadLetters")[0].GetProperty("depth").GetInt64());
        Assert.Equal("3", root.GetProperty("extra").GetProperty("encodingQueueDepth").GetString());
    }

    [Fact]
    public void Without_a_fault_chaos_is_null()
    {
        var report = InstanceReportBuilder.Build(new ServiceIdentity("web", "h", DateTimeOffset.UtcNow), DateTimeOffset.UtcNow,
            HealthStatus.Healthy, [], null, new InstanceFigures());

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("chaos").ValueKind);
        Assert.Equal(0, json.RootElement.GetProperty("circuits").GetArrayLength());
    }
}
