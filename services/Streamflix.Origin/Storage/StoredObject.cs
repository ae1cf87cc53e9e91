namespace Streamflix.Origin.Storage;

/// <summary>A file in the store as served: where it is and the validators that go with it.</summary>
public sealed record StoredObject(string FullPath, long Length, DateTimeOffset LastModified)
{
    // Length and write time change on every replace (File.Move of a new file), which is all an edge
    // needs to revalidate; hashing 64 MB per request would not be worth it.
    public string ETag => $"\"{Length:x}-{LastModified.UtcTicks:x}\"";
}
