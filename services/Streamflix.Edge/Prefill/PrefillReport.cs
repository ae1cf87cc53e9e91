namespace Streamflix.Edge.Prefill;

/// <summary>What a prefill put in (or found already in) the cache.</summary>
public sealed record PrefillReport(string TitleId, bool Found, int Playlists, int Segments, long Bytes, int Failed);
