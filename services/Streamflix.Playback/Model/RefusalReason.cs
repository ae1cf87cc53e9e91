namespace Streamflix.Playback.Model;

/// <summary>Why playback was refused; each has a fixed wire name in the contract (ErrorInfo.reason).</summary>
public enum RefusalReason
{
    NoActivePlan,
    StreamLimit,
    NotReady,
    KidsProfile,
    NoEdge,
    BillingUnavailable,
    SessionEnded,
}

/// <summary>The contract's spelling of each reason.</summary>
public static class RefusalReasons
{
    public static string WireName(this RefusalReason reason) => reason switch
    {
        RefusalReason.NoActivePlan => "NO_ACTIVE_PLAN",
        RefusalReason.StreamLimit => "STREAM_LIMIT",
        RefusalReason.NotReady => "NOT_READY",
        RefusalReason.KidsProfile => "KIDS_PROFILE",
        RefusalReason.NoEdge => "NO_EDGE",
        RefusalReason.BillingUnavailable => "BILLING_UNAVAILABLE",
        RefusalReason.SessionEnded => "SESSION_ENDED",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    public static RefusalReason? FromWireName(string? wireName) =>
        Enum.GetValues<RefusalReason>().Cast<RefusalReason?>().FirstOrDefault(reason => reason!.Value.WireName() == wireName);
}
