namespace Streamflix.IntegrationTests.Hostile;

/// <summary>What became of one case.</summary>
public enum Verdict
{
    /// <summary>Refused with a 4xx / refusal-class gRPC status and a clean message: the expected outcome.</summary>
    Refused,

    /// <summary>Accepted where accepting is legitimate (free text holding emoji or quotes).</summary>
    Accepted,

    /// <summary>Accepted although the value can never be valid for that field.</summary>
    UnexpectedAcceptance,

    /// <summary>5xx, or gRPC Internal / Unknown / Unavailable / DeadlineExceeded / transport failure.</summary>
    ServerError,

    /// <summary>Refused, but with an empty message or one that shows a stack trace or exception type.</summary>
    LeakyMessage,

    /// <summary>Refused, yet a row count in the service's database moved.</summary>
    WroteWhileRefusing,
}
