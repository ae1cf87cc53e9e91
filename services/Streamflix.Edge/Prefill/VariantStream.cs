namespace Streamflix.Edge.Prefill;

/// <summary>
/// One variant of a master playlist: its URI as written (relative to the master), its
/// <c>RESOLUTION</c> height (0 when it has none) and whether it is an I-frame-only (trick play) stream.
/// </summary>
public sealed record VariantStream(string Uri, int Height, bool IFrameOnly);
