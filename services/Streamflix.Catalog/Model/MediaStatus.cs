namespace Streamflix.Catalog.Model;

/// <summary>Where a title's video stands: from no media, through encoding, to playable.</summary>
public enum MediaStatus
{
    None = 0,
    Queued = 1,
    Encoding = 2,
    Ready = 3,
    Failed = 4,
}
