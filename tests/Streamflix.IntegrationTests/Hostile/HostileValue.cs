namespace Streamflix.IntegrationTests.Hostile;

/// <summary>Families of hostile input, reported separately so a regression points at its kind.</summary>
public enum HostileCategory
{
    Oversized,
    OutOfRange,
    Unicode,
    SqlInjection,
    ScriptInjection,
    Traversal,
    Malformed,
    BadRange,
    SignedUrl,
    Upload,
}

/// <summary>
/// One hostile value. <paramref name="AlwaysInvalid"/> values are refused by every field (a 1 MiB
/// string, NUL, a negative page size); the others only by fields with a shape (ids, keys, emails),
/// while free text such as a display name may legitimately hold them.
/// </summary>
public sealed record HostileValue(HostileCategory Category, string Label, object Value, bool AlwaysInvalid);
