namespace Streamflix.Edge;

public sealed class EdgeOptions
{
    public const string SectionName = "Edge";

    /// <summary>The edge's name in heartbeats and metrics; defaults to its OpenTelemetry service name (the AppHost resource name).</summary>
    public string Name { get; set; } = "";

    public string Region { get; set; } = "local";

    /// <summary>The browser-facing base URL playback puts in manifests; defaults to the first address Kestrel listens on.</summary>
    public string? PublicUrl { get; set; }

    public long CacheBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Segments per rendition fetched by a prefill: enough for a player's start-up buffer.</summary>
    public int PrefillSegments { get; set; } = 3;

    /// <summary>
    /// Segments after the one a viewer just fetched that the edge makes sure are cached (0..20; 0 turns
    /// read-ahead off): players fetch a rendition's segments in order, so the next ones are the likeliest
    /// requests this edge will get.
    /// </summary>
    public int ReadAheadSegments { get; set; } = 3;

    /// <summary>
    /// Read-ahead fills one edge runs at once; more are skipped, not queued. 8 skipped a fifth of the fills
    /// when 16 viewers started at once in bench/edge; 32 covers a burst of starts with room to spare.
    /// </summary>
    public int ReadAheadConcurrency { get; set; } = 32;

    /// <summary>Guards <c>/internal/*</c> (header <c>X-Internal-Key</c>); without it those endpoints are off.</summary>
    public string? InternalKey { get; set; }

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Five missed beats: readers treat the edge as gone without needing a clean shutdown.</summary>
    public TimeSpan HeartbeatExpiry { get; set; } = TimeSpan.FromSeconds(10);
}
