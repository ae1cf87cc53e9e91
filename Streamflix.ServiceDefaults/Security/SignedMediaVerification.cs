namespace Streamflix.ServiceDefaults.Security;

public enum SignedMediaStatus
{
    Valid,

    /// <summary>The path carries no token at all (e.g. <c>/v/{titleId}/master.m3u8</c>).</summary>
    Missing,

    /// <summary>Not a well-formed signed path: bad structure, ids, segments or traversal.</summary>
    Malformed,

    /// <summary>Well formed, but the signature does not match (forged, reused for another title or session, or a raised height cap).</summary>
    BadSignature,

    /// <summary>Genuine but past its expiry. Reported only for genuine signatures, so it leaks nothing.</summary>
    Expired,
}

/// <summary>
/// The outcome of <see cref="SignedMediaUrl.Verify"/>. Parsed parts are filled whenever the path was
/// well formed (also for <see cref="SignedMediaStatus.BadSignature"/> and <see cref="SignedMediaStatus.Expired"/>,
/// for logging); only <see cref="IsValid"/> results may be served.
/// </summary>
public sealed record SignedMediaVerification(
    SignedMediaStatus Status,
    string? TitleId = null,
    string? RelativePath = null,
    string? SessionId = null,
    DateTimeOffset? ExpiresAt = null,
    int MaxHeight = 0)
{
    public bool IsValid => Status == SignedMediaStatus.Valid;

    /// <summary>The plan caps the rendition height (<see cref="MaxHeight"/> &gt; 0); 0 means every rendition.</summary>
    public bool IsHeightCapped => MaxHeight > 0;

    /// <summary>The object's path at the origin and the edge cache key: <c>{titleId}/{relativePath}</c>.</summary>
    public string OriginPath => $"{TitleId}/{RelativePath}";
}
