using Streamflix.Edge.Contracts;
using Streamflix.Web.Operations;

namespace Streamflix.Web.Tests;

/// <summary>Redis values as the services write them (the instance-report contract and the edge heartbeat).</summary>
internal static class OperationsSamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 22, 0, 0, TimeSpan.Zero);

    public static StoredEntry Instance(
        string service,
        string instanceId,
        TimeSpan age,
        string health = "Healthy",
        string circuits = "[]",
        string deadLetters = "[]",
        string extra = "{}") =>
        new(InstanceReport.KeyFor(service, instanceId), $$"""
            {"service":"{{service}}","instanceId":"{{instanceId}}",
             "startedAt":"{{Now.AddMinutes(-10):O}}","reportedAt":"{{(Now - age):O}}",
             "health":"{{health}}","circuits":{{circuits}},"chaos":null,
             "deadLetters":{{deadLetters}},"extra":{{extra}}}
            """);

    public static StoredHeartbeat Heartbeat(string name, string region, bool healthy, TimeSpan age, double hitRatio = 0.75) =>
        new(name, new EdgeHeartbeat(name, region, $"http://{name}.test", healthy, 3, 2048, ["t1"], 4096, hitRatio, Now - age).ToJson());

    public static OperationsReadout Readout(
        IReadOnlyList<StoredEntry>? instances = null,
        IReadOnlyList<StoredFault>? faults = null,
        IReadOnlyList<StoredHeartbeat>? edges = null) =>
        new(instances ?? [], faults ?? [], edges ?? []);
}
