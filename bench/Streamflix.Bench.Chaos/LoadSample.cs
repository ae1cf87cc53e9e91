namespace Streamflix.Bench.Chaos;

/// <summary>
/// One viewer-facing request: <see cref="Operation"/> is <c>home</c> (the site's home page),
/// <c>start</c> (StartPlayback over gRPC), <c>playlist</c> or <c>segment</c> (from an edge, with
/// failover); <see cref="Stall"/> is, for a segment, how long the player waited for it in all
/// (failed tries on one edge and the fetch from the next included).
/// </summary>
public sealed record LoadSample(DateTimeOffset At, string Operation, double Milliseconds, bool Succeeded, string? Error, double Stall = 0);
