namespace Streamflix.Origin.Storage;

public enum WriteStatus
{
    Created,
    Replaced,
    TooLarge,
}

public sealed record WriteOutcome(WriteStatus Status, long Bytes, StoredObject? Stored = null);
