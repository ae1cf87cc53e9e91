namespace Streamflix.Catalog.Model;

/// <summary>One rung of a title's adaptive-bitrate ladder, as the encoder measured it.</summary>
public sealed record MediaRendition(
    string Name,
    int Width,
    int Height,
    int Bandwidth,
    int AverageBandwidth,
    string Codecs,
    double FrameRate);
