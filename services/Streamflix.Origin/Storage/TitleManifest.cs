using System.Text.Json.Serialization;

namespace Streamflix.Origin.Storage;

/// <summary>Everything stored for one title: what an edge needs to plan a prefill.</summary>
public sealed record TitleManifest(string TitleId, IReadOnlyList<TitleManifestEntry> Files, long TotalBytes);

public sealed record TitleManifestEntry(string Path, long Bytes, [property: JsonPropertyName("etag")] string ETag);
