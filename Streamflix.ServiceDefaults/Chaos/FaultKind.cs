namespace Streamflix.ServiceDefaults.Chaos;

/// <summary>What an injected fault does to a call.</summary>
public enum FaultKind
{
    /// <summary>The call fails: gRPC Unavailable or HTTP 503, with a message saying "injected".</summary>
    Error,

    /// <summary>The call is delayed, then proceeds.</summary>
    Latency,

    /// <summary>The call fails as a dropped connection would.</summary>
    Abort,
}
